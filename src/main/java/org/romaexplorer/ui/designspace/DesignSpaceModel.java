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
import org.romaexplorer.sweep.Requirement;
import org.romaexplorer.sweep.Requirements;
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
    /** What every design on the front (and a goal's best design) must meet; a sweep greys the points that miss one. */
    final javafx.collections.ObservableList<Requirement> requirements = javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper requirementProblem = new ReadOnlyStringWrapper(this, "requirementProblem", "");
    /** The search's budget and seed (Best and Search). */
    final javafx.beans.property.LongProperty evaluations = new javafx.beans.property.SimpleLongProperty(this, "evaluations", 20_000);
    final javafx.beans.property.LongProperty seed = new javafx.beans.property.SimpleLongProperty(this, "seed", 1);
    private final ReadOnlyBooleanWrapper canPin = new ReadOnlyBooleanWrapper(this, "canPin");
    private Runnable pin = () -> { };

    DesignSpaceModel(ExplorerViewModel vm, Executor background, Executor workers) {
        this.vm = vm;
        this.background = background;
        this.workers = workers;
        DesignSpaceKnob.defaults().forEach(k -> axes.add(new DesignSpaceAxisState(k)));
        axes.forEach(a -> List.of(a.dependencies()).forEach(d -> d.addListener(o -> check())));
        List.of(xMetric, yMetric, xDirection, yDirection).forEach(p -> p.addListener(o -> check()));
        vm.designProperty().addListener(o -> check());
        vm.designProperty().addListener(o -> canPin.set(false));
        check();
    }

    /** How "Pin it" pins the current design (the window's pin board). */
    void setPin(Runnable action) { pin = action; }

    /** Adds a typed requirement ({@code max_tokens>=8192}); a bad one is refused with one line naming it. */
    boolean addRequirement(String text) {
        try {
            requirements.add(Requirement.parse(text));
            requirementProblem.set("");
            return true;
        } catch (IllegalArgumentException e) {
            requirementProblem.set(e.getMessage());
            return false;
        }
    }

    void removeRequirement(Requirement r) {
        requirements.remove(r);
    }

    private Requirements requirementList() {
        return new Requirements(List.copyOf(requirements));
    }

    /**
     * Goal seeking: the best design for the X objective under the requirements, over every whole value of the
     * included ranges; loaded into the parameters (one undo step), then offered for pinning.
     */
    void onBest() {
        DesignSpaceSearch search = search();
        if (search == null) {
            return;
        }
        Objective goal = objective(xMetric, xDirection);
        start(search.budget(), String.format("Seeking the best of %,d designs…", search.designs()), c -> {
            java.util.Optional<org.romaexplorer.model.DesignPoint> best = search.best(goal, workers, c);
            return () -> {
                stop(best.isPresent() ? "Best for " + goal + " loaded; Ctrl+Z undoes"
                        : "No design in the ranges meets the requirements");
                progress.set(1);
                best.ifPresent(d -> {
                    vm.setDesign(d);
                    canPin.set(true);
                    vm.statusProperty().set("Design space: loaded the best design for " + goal + " under "
                            + requirementList());
                });
            };
        });
    }

    /** A multi-objective search (NSGA-II) of the X and Y objectives over every whole value of the included ranges. */
    void onSearch() {
        DesignSpaceSearch search = search();
        if (search == null) {
            return;
        }
        Objective x = objective(xMetric, xDirection);
        Objective y = objective(yMetric, yDirection);
        Metric c0 = colour.get();
        long t0 = System.nanoTime();
        start(search.budget(), String.format("Searching %,d designs…", search.designs()), c -> {
            DesignSpaceResult r = search.front(x, y, c0, DesignSpaceRun.MAX_PLOTTED, workers, c);
            return () -> {
                result.set(r);
                stop(String.format("Search: %,d evaluations in %.1f s; %,d on the front", r.total(),
                        (System.nanoTime() - t0) / 1e9, r.front().size()));
                progress.set(1);
            };
        });
    }

    /** Pins the design Best loaded. */
    void onPinBest() {
        pin.run();
        canPin.set(false);
    }

    private DesignSpaceSearch search() {
        if (running.get() || !check()) {
            return null;
        }
        try {
            return new DesignSpaceSearch(vm.design(), axes.stream().filter(a -> a.onProperty().get()).toList(), requirementList(),
                    evaluations.get(), seed.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return null;
        }
    }

    /** Runs {@code job} on the background executor; the Runnable it returns finishes on the FX thread. */
    private void start(long total, String message, java.util.function.Function<SweepControl, Runnable> job) {
        SweepControl c = new SweepControl(reporter.start(total), new AtomicBoolean());
        control = c;
        running.set(true);
        progress.set(0);
        status.set(message);
        background.execute(() -> {
            try {
                Runnable done = job.apply(c);
                fx(done);
            } catch (CancellationException e) {
                fx(() -> abandon("Cancelled; the previous result is kept"));
            } catch (RuntimeException e) {
                fx(() -> abandon("Search failed: " + e.getMessage()));
            }
        });
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
                    colour.get(), DesignSpaceRun.MAX_PLOTTED, feasibleOnly.get(), requirementList());
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

    javafx.beans.property.ReadOnlyStringProperty requirementProblemProperty() { return requirementProblem.getReadOnlyProperty(); }

    javafx.beans.property.ReadOnlyBooleanProperty canPinProperty() { return canPin.getReadOnlyProperty(); }
}
