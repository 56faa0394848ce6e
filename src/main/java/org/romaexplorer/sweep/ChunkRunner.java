package org.romaexplorer.sweep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Runs {@code [0, total)} in chunks on an executor and hands the chunk results to a consumer in chunk
 * order, on the calling thread. At most {@code window} chunks are submitted or waiting at once, which
 * bounds memory however large the range. Stops with {@link CancellationException} when the control is
 * cancelled or the calling thread is interrupted; a chunk's exception is rethrown unwrapped.
 */
final class ChunkRunner {
    /** A chunk's work: the half-open index range {@code [from, to)}. */
    interface Task<R> {
        R run(long from, long to);
    }

    private final Executor executor;
    private final int chunk;
    private final int window;

    ChunkRunner(Executor executor, int chunk, int window) {
        if (executor == null || chunk < 1 || window < 1) {
            throw new IllegalArgumentException("need an executor, chunk ≥ 1 and window ≥ 1");
        }
        this.executor = executor;
        this.chunk = chunk;
        this.window = window;
    }

    <R> void run(long total, Task<R> task, Consumer<R> inOrder, SweepControl control) {
        Deque<Future<R>> pending = new ArrayDeque<>();
        long next = 0;
        long done = 0;
        try {
            while (done < total) {
                while (pending.size() < window && next < total) {
                    long from = next;
                    long to = Math.min(total, from + chunk);
                    pending.add(submit(() -> task.run(from, to), control));
                    next = to;
                }
                inOrder.accept(await(pending.peekFirst(), control));
                pending.removeFirst();
                done = Math.min(total, done + chunk);
                control.progress().accept(done);
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
        }
    }

    private <R> Future<R> submit(java.util.concurrent.Callable<R> work, SweepControl control) {
        FutureTask<R> f = new FutureTask<>(() -> {
            if (control.isCancelled()) {
                throw new CancellationException("sweep cancelled");
            }
            return work.call();
        });
        executor.execute(f);
        return f;
    }

    private static <R> R await(Future<R> f, SweepControl control) {
        if (control.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("sweep cancelled");
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted");
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
