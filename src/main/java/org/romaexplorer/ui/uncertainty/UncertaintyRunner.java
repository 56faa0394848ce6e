package org.romaexplorer.ui.uncertainty;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.romaexplorer.figures.BandSampler;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metric;
import org.romaexplorer.uncertainty.MonteCarlo;

/**
 * Runs the seeded Monte Carlo of the current design off the FX thread: samples, headline percentiles and the
 * bands of one figure. Each request gets a number; a result arrives on the FX thread only if no newer request
 * was made meanwhile (stale results are dropped). Samples of the last design are kept, so switching tabs only
 * computes the new figure's bands.
 */
final class UncertaintyRunner {
    /**
     * One finished run.
     *
     * @param headline  p5 and p95 by metric
     * @param figureId  the figure the bands are for, or null
     * @param bands     {xs, p5, p95} by line key
     * @param latencyMs request to result on the FX thread
     */
    record Result(Map<Metric, double[]> headline, String figureId, Map<String, double[][]> bands, double latencyMs) {}

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "monte-carlo");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Runnable> fx;
    private final Consumer<Result> onResult;
    private long requested;
    private volatile DesignPoint sampledFor;
    private volatile List<DesignPoint> samples;

    /** {@code fx} runs a task on the FX thread ({@code Platform::runLater}; a direct call in tests). */
    UncertaintyRunner(Consumer<Runnable> fx, Consumer<Result> onResult) {
        this.fx = fx;
        this.onResult = onResult;
    }

    /** Starts a run for {@code design}, with bands for {@code figureId} if it draws them. FX thread. */
    void request(DesignPoint design, String figureId) {
        long id = ++requested;
        long start = System.nanoTime();
        String banded = figureId != null && BandSampler.ids().contains(figureId) ? figureId : null;
        WORKER.submit(() -> {
            if (id != requested) {
                return; // a newer request is queued
            }
            List<DesignPoint> s = samplesFor(design);
            Map<Metric, double[]> headline = MonteCarlo.headline(s);
            Map<String, double[][]> bands = banded == null ? Map.of() : BandSampler.bands(banded, s);
            fx.accept(() -> {
                if (id == requested) {
                    onResult.accept(new Result(headline, banded, bands, (System.nanoTime() - start) / 1e6));
                }
            });
        });
    }

    /** Drops every run not yet delivered. FX thread. */
    void cancel() {
        requested++;
    }

    private List<DesignPoint> samplesFor(DesignPoint design) {
        if (design != sampledFor) {
            samples = MonteCarlo.samples(design, MonteCarlo.SAMPLES, MonteCarlo.SEED);
            sampledFor = design;
        }
        return samples;
    }
}
