package org.romaexplorer.cli;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.romaexplorer.model.InvalidParameterException;

/** A pool of daemon worker threads for a command, closed with it; one thread means the calling thread. */
final class Workers implements AutoCloseable {
    private final ExecutorService pool;
    private final int threads;

    private Workers(int threads) {
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code requested} threads, or every core when null. */
    static Workers of(Integer requested) {
        int n = requested == null ? Runtime.getRuntime().availableProcessors() : requested;
        if (n < 1 || n > 1024) {
            throw new InvalidParameterException("--threads", "must be in 1..1024, got " + n);
        }
        return new Workers(n);
    }

    int threads() { return threads; }

    Executor executor() { return pool == null ? Runnable::run : pool; }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
