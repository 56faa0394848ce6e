package org.romaexplorer.ui.designspace;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;

/**
 * Turns a sweep's "points done" reports (on the sweep's thread, after every chunk) into a fraction
 * posted to the FX thread at most every {@link #MIN_GAP_NANOS}, plus the last one. Reports of a run
 * that has been stopped are dropped, so a late post never overwrites the next run's bar. Plain Java.
 */
public final class DesignSpaceProgress {
    static final long MIN_GAP_NANOS = 50_000_000L;

    private final Consumer<Runnable> post;
    private final DoubleConsumer show;
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param post runs a task on the FX thread (e.g. {@code Platform::runLater})
     * @param show receives the fraction done, 0…1, on that thread
     */
    DesignSpaceProgress(Consumer<Runnable> post, DoubleConsumer show) {
        this.post = post;
        this.show = show;
    }

    /** A progress consumer for a run of {@code total} points. */
    LongConsumer start(long total) {
        long gen = generation.incrementAndGet();
        AtomicLong last = new AtomicLong(System.nanoTime() - MIN_GAP_NANOS);
        return done -> {
            long now = System.nanoTime();
            long prev = last.get();
            if ((now - prev >= MIN_GAP_NANOS || done >= total) && last.compareAndSet(prev, now)) {
                double fraction = total == 0 ? 1 : (double) done / total;
                post.accept(() -> {
                    if (generation.get() == gen) {
                        show.accept(fraction);
                    }
                });
            }
        };
    }

    /** Drops every report still to come from the current run. */
    void stop() { generation.incrementAndGet(); }
}
