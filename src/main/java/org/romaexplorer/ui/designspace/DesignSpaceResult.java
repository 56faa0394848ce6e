package org.romaexplorer.ui.designspace;

import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.sweep.Axis;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.model.Metric;
import org.romaexplorer.sweep.Objective;

/**
 * What a design-space sweep leaves to draw: a sample of its points and its whole Pareto front. Immutable.
 *
 * @param base   the design the grid was applied to
 * @param grid   the swept axes
 * @param x      the first objective (x axis)
 * @param y      the second objective (y axis)
 * @param colour the metric that colours the points
 * @param total  points evaluated (the grid size)
 * @param others sampled points not on the front, in grid order
 * @param front  every front point, sorted by x then y (the order the front line connects them)
 * @param infeasible sampled points that miss a requirement, drawn greyed (never on the front)
 */
public record DesignSpaceResult(DesignPoint base, Grid grid, Objective x, Objective y, Metric colour, long total,
                         List<Point> others, List<Point> front, List<Point> infeasible) {

    /** One plotted point: its grid index, objective values and colour value (asMap units). */
    record Point(long index, double x, double y, double c, boolean onFront) {}

    public DesignSpaceResult {
        others = List.copyOf(others);
        front = List.copyOf(front);
        infeasible = List.copyOf(infeasible);
    }

    /** A result without requirements: nothing greyed. */
    public DesignSpaceResult(DesignPoint base, Grid grid, Objective x, Objective y, Metric colour, long total,
                             List<Point> others, List<Point> front) {
        this(base, grid, x, y, colour, total, others, front, List.of());
    }

    int plotted() { return others.size() + front.size() + infeasible.size(); }

    /** Distinct (x, y) places of the front: fewer than its points when designs tie on both objectives. */
    long frontMarkers() {
        return front.stream().map(p -> java.util.List.of(p.x(), p.y())).distinct().count();
    }

    /** The base design with the point's grid values applied, knob by knob. */
    DesignPoint design(Point p) {
        double[] v = grid.values(p.index());
        DesignPoint d = base;
        for (int i = 0; i < v.length; i++) {
            d = grid.axes().get(i).knob().set(d, v[i]);
        }
        return d;
    }

    /** The point's swept values, e.g. "sram_mb = 32 MiB, lora_rank = 0". */
    String describe(Point p) {
        double[] v = grid.values(p.index());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(DesignSpaceLabels.knob(grid.axes().get(i).knob(), v[i]));
        }
        return sb.toString();
    }

    /** The swept knobs, in axis order. */
    List<Param> knobs() { return grid.axes().stream().map(Axis::knob).toList(); }

    /** Lowest and highest colour value over the plotted points, {NaN, NaN} when there are none. */
    double[] colourRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (List<Point> ps : List.of(others, front)) {
            for (Point p : ps) {
                lo = Math.min(lo, p.c());
                hi = Math.max(hi, p.c());
            }
        }
        return lo > hi ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }

    /** Whether (vx, vy) lies within the plotted points' x and y extent. */
    boolean covers(double vx, double vy) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (List<Point> ps : List.of(others, front, infeasible)) {
            for (Point p : ps) {
                b[0] = Math.min(b[0], p.x());
                b[1] = Math.max(b[1], p.x());
                b[2] = Math.min(b[2], p.y());
                b[3] = Math.max(b[3], p.y());
            }
        }
        return vx >= b[0] && vx <= b[1] && vy >= b[2] && vy <= b[3];
    }
}
