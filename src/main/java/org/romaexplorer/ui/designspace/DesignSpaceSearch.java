package org.romaexplorer.ui.designspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.optimize.Found;
import org.romaexplorer.optimize.Optimizer;
import org.romaexplorer.optimize.SearchResult;
import org.romaexplorer.sweep.Dimension;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.SearchSpace;
import org.romaexplorer.sweep.SweepControl;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;

/**
 * A search of the design-space tab: NSGA-II ({@link Optimizer}) over every whole value of each included range
 * (the steps are the grid sweep's; a search does not need them), under the tab's requirements. Either the
 * front of the X and Y objectives, drawn like a sweep's, or, with one objective, the best design (goal
 * seeking). Plain Java: runs on any thread, never touches controls. The constructor validates.
 */
final class DesignSpaceSearch {
    private final DesignPoint base;
    private final SearchSpace space;
    private final Grid grid;
    private final Requirements requirements;
    private final long evaluations;
    private final long seed;

    DesignSpaceSearch(DesignPoint base, List<DesignSpaceAxisState> included, Requirements requirements, long evaluations,
                      long seed) {
        this.base = base;
        this.space = new SearchSpace(included.stream().map(a -> Dimension.whole(a.spec().knob(),
                Math.min(a.loProperty().get(), a.hiProperty().get()), Math.max(a.loProperty().get(), a.hiProperty().get())))
                .toList());
        this.grid = space.grid();
        this.requirements = requirements;
        this.evaluations = evaluations;
        this.seed = seed;
        space.checkAgainst(base);
    }

    /** Designs in the space: the product of the ranges' whole values. */
    long designs() { return space.designs(); }

    /** Evaluations the search will make: the budget, or the whole space when it is smaller. */
    long budget() { return Math.min(evaluations, designs()); }

    SearchSpace space() { return space; }

    /** The best design for {@code goal} under the requirements, empty when none meets them. */
    Optional<DesignPoint> best(Objective goal, Executor workers, SweepControl control) {
        SearchResult r = new Optimizer(base, space, List.of(goal), requirements, evaluations, seed).run(workers, control);
        return r.best().map(f -> space.apply(base, f.values()));
    }

    /** The front of x and y, with a sample of the other designs evaluated (those that miss a requirement apart). */
    DesignSpaceResult front(Objective x, Objective y, Metric colour, int cap, Executor workers, SweepControl control) {
        long every = Math.max(1, budget() / Math.max(1, cap));
        List<Point> others = new ArrayList<>();
        List<Point> missing = new ArrayList<>();
        long[] n = {0};
        Optimizer.Listener sample = (values, m, feasible) -> {
            if (n[0]++ % every == 0) {
                (feasible ? others : missing).add(point(values, m, x, y, colour, false));
            }
        };
        SearchResult r = new Optimizer(base, space, List.of(x, y), requirements, evaluations, seed).run(workers, control, sample);
        List<Point> front = new ArrayList<>();
        Set<Long> onFront = new HashSet<>();
        for (Found f : r.front()) {
            Point p = point(f.values(), Evaluator.evaluate(space.apply(base, f.values())), x, y, colour, true);
            front.add(p);
            onFront.add(p.index());
        }
        front.sort(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
        others.removeIf(p -> onFront.contains(p.index()));
        return new DesignSpaceResult(base, grid, x, y, colour, r.evaluations(), others, front, missing);
    }

    private Point point(double[] values, Metrics m, Objective x, Objective y, Metric colour, boolean onFront) {
        int[] digits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            digits[i] = (int) space.get(i).indexOf(values[i]);
        }
        return new Point(grid.index(digits), x.value(m), y.value(m), colour.of(m), onFront);
    }
}
