package org.romaexplorer.sweep;

import org.romaexplorer.model.Metrics;

/**
 * Receives every point of a sweep's row pass. Rows are formatted into per-chunk buffers on worker
 * threads ({@link #open}, {@link #add}), then the buffers are handed over in grid order on the thread
 * running the pass ({@link #emit}), so output is ordered and only a few chunks are in memory at once.
 *
 * @param <B> a chunk's buffer, e.g. a StringBuilder of CSV lines
 */
public interface RowSink<B> {

    /** A fresh buffer for the chunk starting at grid index {@code first}; called on a worker thread. */
    B open(long first);

    /**
     * One point, on a worker thread. {@code values} (one per axis, display units) is reused after the
     * call returns: copy it to keep it.
     */
    void add(B buffer, long index, double[] values, Metrics metrics, boolean onFront);

    /** A finished chunk, in grid order, on the thread that runs the pass. */
    void emit(B buffer);
}
