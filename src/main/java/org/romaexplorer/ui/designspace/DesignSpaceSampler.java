package org.romaexplorer.ui.designspace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.model.Metric;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.RowSink;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;

/**
 * Picks the points a design-space chart draws from a sweep's row pass: every front point, plus every
 * {@link #stride}-th other grid index, so that at most {@code cap} points are drawn (more only when the
 * front alone is larger). The stride is made coprime to every axis size, so the sample does not keep
 * landing on the same value of an axis (a stride of 16 on a 16-value axis would show only its first
 * value). Points whose x or y is not finite are not drawn. Plain Java; one sampler per sweep.
 */
public final class DesignSpaceSampler implements RowSink<DesignSpaceSampler.Chunk> {
    private final Objective x;
    private final Objective y;
    private final Metric colour;
    private final long stride;
    private final Requirements requirements;
    private final List<Point> others = new ArrayList<>();
    private final List<Point> front = new ArrayList<>();
    private final List<Point> infeasible = new ArrayList<>();

    /** The points of one chunk: those that meet the requirements (and the front), and those that miss one. */
    static final class Chunk {
        final List<Point> points = new ArrayList<>();
        final List<Point> missing = new ArrayList<>();
    }

    DesignSpaceSampler(Grid grid, int frontSize, int cap, Objective x, Objective y, Metric colour) {
        this(grid, frontSize, cap, x, y, colour, Requirements.NONE);
    }

    /** As above; a sampled point that misses one of {@code requirements} is kept apart, to be drawn greyed. */
    DesignSpaceSampler(Grid grid, int frontSize, int cap, Objective x, Objective y, Metric colour, Requirements requirements) {
        this.x = x;
        this.y = y;
        this.colour = colour;
        this.stride = stride(grid, frontSize, cap);
        this.requirements = requirements;
    }

    /**
     * The smallest stride s ≥ ⌈n / (cap − front)⌉ coprime to every axis size; keeping the indices that
     * are multiples of s keeps at most cap − front non-front points.
     */
    static long stride(Grid grid, int frontSize, int cap) {
        long budget = Math.max(1, cap - frontSize);
        long s = Math.max(1, (grid.size() + budget - 1) / budget);
        while (s > 1 && !coprime(grid, s)) {
            s++;
        }
        return s;
    }

    long stride() { return stride; }

    @Override
    public Chunk open(long first) { return new Chunk(); }

    @Override
    public void add(Chunk buffer, long index, double[] values, Metrics m, boolean onFront) {
        if (onFront || index % stride == 0) {
            Point p = new Point(index, x.value(m), y.value(m), colour.of(m), onFront);
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                (onFront || requirements.holds(m) ? buffer.points : buffer.missing).add(p);
            }
        }
    }

    @Override
    public void emit(Chunk buffer) {
        buffer.points.forEach(p -> (p.onFront() ? front : others).add(p));
        infeasible.addAll(buffer.missing);
    }

    List<Point> others() { return others; }

    /** Sampled points that miss a requirement, in grid order. */
    List<Point> infeasible() { return infeasible; }

    /** The front points sorted by x then y: the order a line connects them. */
    List<Point> front() {
        return front.stream().sorted(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y)).toList();
    }

    private static boolean coprime(Grid grid, long s) {
        return grid.axes().stream().allMatch(a -> BigInteger.valueOf(s).gcd(BigInteger.valueOf(a.size())).intValue() == 1);
    }
}
