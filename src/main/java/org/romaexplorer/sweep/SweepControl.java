package org.romaexplorer.sweep;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * How a caller watches and stops a sweep pass.
 *
 * @param progress  told the number of points done so far in this pass, after each chunk, on the thread
 *                  that runs the pass; monotone
 * @param cancelled set it (from any thread) to stop the pass at the next chunk boundary; the pass then
 *                  throws {@link java.util.concurrent.CancellationException}. Interrupting the thread
 *                  that runs the pass (e.g. {@code Future.cancel(true)}) does the same.
 */
public record SweepControl(LongConsumer progress, AtomicBoolean cancelled) {

    public SweepControl {
        if (progress == null || cancelled == null) {
            throw new IllegalArgumentException("progress and cancelled must be given");
        }
    }

    /** No progress reports, never cancelled. */
    public static SweepControl none() {
        return new SweepControl(done -> { }, new AtomicBoolean());
    }

    public static SweepControl of(LongConsumer progress) {
        return new SweepControl(progress, new AtomicBoolean());
    }

    public boolean isCancelled() { return cancelled.get(); }

    public void cancel() { cancelled.set(true); }
}
