package org.romaexplorer.ui.designspace;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.romaexplorer.sweep.Axis;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.model.Metric;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Objective.Direction;
import org.romaexplorer.sweep.SweepControl;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;

/**
 * UI state of the design-space tab: the ranges, the two objectives and the colour metric, the live grid
 * size or the reason it cannot run, and the last result. A run goes to the {@code background} executor,
 * whose sweep passes run on {@code workers}; results come back on the FX thread. Knows no controls.
 */
public final class DesignSpaceModel {
    private final ExplorerViewModel vm;
    private final Executor background;
    private final Executor workers;
    private final List<DesignSpaceAxisState> axes = new ArrayList<>();
    final ObjectProperty<Metric> xMetric = new SimpleObjectProperty<>(this, "x", Metric.AREA_MM2);
    final ObjectProperty<Direction> xDirection = new SimpleObjectProperty<>(this, "xDir", Direction.MIN);
    final ObjectProperty<Metric> yMetric = new SimpleObjectProperty<>(this, "y", Metric.MAX_TOKENS);
    final ObjectProperty<Direction> yDirection = new SimpleObjectProperty<>(this, "yDir", Direction.MAX);
    final ObjectProperty<Metric> colour = new SimpleObjectProperty<>(this, "colour", Metric.DECODE_TOKENS_PER_S);
    /** Keep designs that do not fit the ROM, or whose context does not fit the SRAM, off the front. */
    final javafx.beans.property.BooleanProperty feasibleOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "feasibleOnly", false);
    private final ReadOnlyLongWrapper gridSize = new ReadOnlyLongWrapper(this, "gridSize");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<DesignSpaceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final DesignSpaceProgress reporter = new DesignSpaceProgress(DesignSpaceModel::fx, progress::set);
    private SweepControl control;

    DesignSpaceModel(ExplorerViewModel vm, Executor background, Executor workers) {
        this.vm = vm;
        this.background = background;
        this.workers = workers;
        DesignSpaceKnob.defaults().forEach(k -> axes.add(new DesignSpaceAxisState(k)));
        axes.forEach(a -> List.of(a.dependencies()).forEach(d -> d.addListener(o -> check())));
        List.of(xMetric, yMetric, xDirection, yDirection).forEach(p -> p.addListener(o -> check()));
        vm.designProperty().addListener(o -> check());
        check();
    }

    List<DesignSpaceAxisState> axes() { return axes; }

    /** Starts a sweep unless one runs or the settings are invalid (then {@link #problem} says why). */
    void onRun() {
        if (running.get() || !check()) {
            return;
        }
        DesignSpaceRun run;
        try {
            run = new DesignSpaceRun(vm.design(), grid(), objective(xMetric, xDirection), objective(yMetric, yDirection),
                    colour.get(), DesignSpaceRun.MAX_PLOTTED, feasibleOnly.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        SweepControl c = new SweepControl(reporter.start(2 * run.size()), new AtomicBoolean());
        control = c;
        running.set(true);
        progress.set(0);
        status.set(String.format("Sweeping %,d points…", run.size()));
        long t0 = System.nanoTime();
        background.execute(() -> work(run, c, t0));
    }

    /** Asks the running sweep to stop at its next chunk; the previous result stays. */
    void onCancel() {
        if (control != null) {
            control.cancel();
        }
    }

    /** Loads a plotted point's design into the main parameters. */
    void onPick(Point p) {
        DesignSpaceResult r = result.get();
        if (r != null) {
            vm.setDesign(r.design(p));
            status.set("Loaded point #" + p.index() + " into the parameters");
            vm.statusProperty().set("Design space: loaded " + r.describe(p));
        }
    }

    private void work(DesignSpaceRun run, SweepControl c, long t0) {
        try {
            DesignSpaceResult r = run.run(workers, c);
            fx(() -> finish(r, (System.nanoTime() - t0) / 1e6));
        } catch (CancellationException e) {
            fx(() -> abandon("Cancelled; the previous result is kept"));
        } catch (RuntimeException e) {
            fx(() -> abandon("Sweep failed: " + e.getMessage()));
        }
    }

    private void finish(DesignSpaceResult r, double ms) {
        result.set(r);
        stop(String.format("%,d points in %,.0f ms; %s; drawn %,d", r.total(), ms,
                DesignSpaceLabels.front(r.front().size(), r.frontMarkers()), r.plotted()));
        progress.set(1);
    }

    /** A run that ended without a result: the bar empties, the previous result stays. */
    private void abandon(String message) {
        stop(message);
        progress.set(0);
    }

    private void stop(String message) {
        reporter.stop();
        control = null;
        running.set(false);
        status.set(message);
    }

    /** Recomputes the grid size and the problem, if any; true when a run may start. */
    private boolean check() {
        try {
            Grid g = grid();
            gridSize.set(g.size());
            g.checkAgainst(vm.design());
            problem.set(axes.stream().noneMatch(a -> a.onProperty().get()) ? "Include at least one parameter"
                    : xMetric.get() == yMetric.get() ? "X and Y must be different metrics"
                    : g.size() > DesignSpaceRun.MAX_POINTS ? String.format("Too many points: at most %,d",
                    DesignSpaceRun.MAX_POINTS) : "");
        } catch (IllegalArgumentException e) {
            gridSize.set(0);
            problem.set(e.getMessage());
        }
        return problem.get().isEmpty();
    }

    private Grid grid() {
        List<Axis> list = axes.stream().filter(a -> a.onProperty().get()).map(DesignSpaceAxisState::axis).toList();
        return new Grid(list);
    }

    private static Objective objective(ObjectProperty<Metric> m, ObjectProperty<Direction> d) {
        return new Objective(m.get(), d.get());
    }

    private static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    BooleanBinding runDisabled() { return running.getReadOnlyProperty().or(problem.isNotEmpty()); }

    javafx.beans.property.ReadOnlyLongProperty gridSizeProperty() { return gridSize.getReadOnlyProperty(); }

    javafx.beans.property.ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    javafx.beans.property.ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    javafx.beans.property.ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    javafx.beans.property.ReadOnlyObjectProperty<DesignSpaceResult> resultProperty() { return result.getReadOnlyProperty(); }

    ExplorerViewModel explorer() { return vm; }
}
