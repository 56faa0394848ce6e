package org.romaexplorer.ui.lab;

import org.romaexplorer.ui.charts.Debouncer;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.romaexplorer.figures.LabHistogramFigure;
import org.romaexplorer.figures.LabSnrFigure;
import org.romaexplorer.figures.LogHistogram;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.GroupErrors;
import org.romaexplorer.lunit.LUnitAccuracy;
import org.romaexplorer.lunit.LUnitConfig;

/**
 * State of the L-unit lab: the configuration asked for and the last results. Knows no controls. Accuracy runs on
 * {@code work}; results come back through {@code fx} (the FX thread) and are dropped when a newer request was
 * made meanwhile; a queued request that is already stale never starts. Input changes are debounced.
 */
public final class LabViewModel {
    private final IntegerProperty weightBits = new SimpleIntegerProperty(this, "weightBits", 4);
    private final IntegerProperty alignBits = new SimpleIntegerProperty(this, "alignBits", 12);
    private final IntegerProperty accBits = new SimpleIntegerProperty(this, "accBits");
    private final BooleanProperty losslessAcc = new SimpleBooleanProperty(this, "losslessAcc", true);
    private final ObjectProperty<ActivationDistribution> distribution =
            new SimpleObjectProperty<>(this, "distribution", ActivationDistribution.GAUSSIAN);
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 2_000);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 42);
    private final ReadOnlyObjectWrapper<LabResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<LabSnrFigure.Curve>> curves = new ReadOnlyObjectWrapper<>(this, "curves");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtomicLong measureGen = new AtomicLong();
    private final AtomicLong sweepGen = new AtomicLong();
    private final Executor work;
    private final Executor fx;
    private final int sweepSamples;
    private final Debouncer debounce;
    private boolean started;
    private List<Object> lastRequest = List.of();

    LabViewModel(Executor work, Executor fx, Duration debounce, int sweepSamples) {
        this.work = work;
        this.fx = fx;
        this.sweepSamples = sweepSamples;
        this.debounce = new Debouncer(debounce, this::measure);
        followLossless();
        for (Observable o : List.of(weightBits, alignBits, accBits, losslessAcc, distribution, samples, seed)) {
            o.addListener(x -> { if (started) { this.debounce.trigger(); } });
        }
        seed.addListener(x -> { if (started) { sweep(); } });
    }

    /** With lossless registers on, the accumulator follows the other widths; off, it never drops below alignBits. */
    private void followLossless() {
        Runnable fit = () -> accBits.set(losslessAcc.get()
                ? LUnitConfig.losslessAccBits(weightBits.get(), alignBits.get(), LUnitConfig.PAPER_GROUP_SIZE)
                : Math.min(LUnitConfig.MAX_ACC_BITS, Math.max(accBits.get(), alignBits.get())));
        for (Observable o : List.of(weightBits, alignBits, losslessAcc)) {
            o.addListener(x -> fit.run());
        }
        fit.run();
    }

    /** First computation (the sweep and the current configuration); later ones follow the inputs. */
    void start() {
        if (!started) {
            started = true;
            sweep();
            measure();
        }
    }

    /** The configuration the inputs describe; groups of 128, truncation toward zero, saturating registers. */
    LUnitConfig config() {
        return new LUnitConfig(weightBits.get(), alignBits.get(), accBits.get(), LUnitConfig.PAPER_GROUP_SIZE);
    }

    private void measure() {
        LUnitConfig c = config();
        ActivationDistribution d = distribution.get();
        int n = samples.get();
        long s = seed.get();
        List<Object> request = List.of(c, d, n, s);
        if (request.equals(lastRequest)) {
            return; // e.g. the width moved and the accumulator followed it: two events, one configuration
        }
        lastRequest = request;
        status.set(String.format("computing %,d groups…", n));
        submit(measureGen, () -> run(c, d, n, s), r -> {
            result.set(r);
            status.set(String.format("%,d groups in %.0f ms", n, r.millis()));
        });
    }

    private static LabResult run(LUnitConfig c, ActivationDistribution d, int n, long s) {
        long t0 = System.nanoTime();
        GroupErrors g = LUnitAccuracy.measureGroups(c, d, n, s);
        LogHistogram h = LogHistogram.of(g.relErrors(), LabHistogramFigure.BINS_PER_DECADE);
        return new LabResult(c, d, s, g.summary(), h, (System.nanoTime() - t0) / 1e6);
    }

    private void sweep() {
        long s = seed.get();
        submit(sweepGen, () -> LabSnrFigure.sweep(sweepSamples, s), curves::set);
    }

    /** Runs {@code job} on the work executor and hands its value to {@code done} on the FX thread, if still current. */
    private <T> void submit(AtomicLong gen, Supplier<T> job, Consumer<T> done) {
        long mine = gen.incrementAndGet();
        work.execute(() -> {
            if (gen.get() != mine) {
                return; // superseded before it started
            }
            try {
                T value = job.get();
                fx.execute(() -> { if (gen.get() == mine) { done.accept(value); } });
            } catch (RuntimeException e) {
                fx.execute(() -> { if (gen.get() == mine) { status.set("error: " + e.getMessage()); } });
            }
        });
    }

    IntegerProperty weightBitsProperty() { return weightBits; }

    IntegerProperty alignBitsProperty() { return alignBits; }

    IntegerProperty accBitsProperty() { return accBits; }

    BooleanProperty losslessAccProperty() { return losslessAcc; }

    ObjectProperty<ActivationDistribution> distributionProperty() { return distribution; }

    IntegerProperty samplesProperty() { return samples; }

    IntegerProperty seedProperty() { return seed; }

    ReadOnlyObjectProperty<LabResult> resultProperty() { return result.getReadOnlyProperty(); }

    ReadOnlyObjectProperty<List<LabSnrFigure.Curve>> curvesProperty() { return curves.getReadOnlyProperty(); }

    ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    int sweepSamples() { return sweepSamples; }
}
