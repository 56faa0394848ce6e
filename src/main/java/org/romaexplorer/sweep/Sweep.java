package org.romaexplorer.sweep;

import org.romaexplorer.model.Metric;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;

/**
 * A grid sweep around a base design point, with its Pareto front over some objectives. Immutable and
 * thread-safe; the passes run on an injected {@link Executor} (a pool for all cores, or
 * {@code Runnable::run} for the calling thread).
 *
 * <p>Memory stays flat in the grid size: no list of points or metrics is built. The {@link #front}
 * pass keeps only each chunk's non-dominated cost vectors and merges them (the front of a union is the
 * front of the fronts of its parts). A CSV needs each row's front flag, which is known only at the end,
 * so writing rows is a second pass ({@link #rows}) that evaluates every point again — evaluation is a
 * few hundred nanoseconds, cheaper than buffering millions of rows. {@link #frontRows} re-evaluates
 * only the front's points.
 */
public final class Sweep {
    public static final int DEFAULT_CHUNK = 8_192;

    private final DesignPoint base;
    private final Grid grid;
    private final List<Objective> objectives;
    private final int chunk;
    private final boolean feasibleOnly;
    private final Requirements requirements;

    public Sweep(DesignPoint base, Grid grid, List<Objective> objectives) {
        this(base, grid, objectives, DEFAULT_CHUNK);
    }

    /** As above with {@code chunk} points per task; small chunks make tests see several chunks. */
    public Sweep(DesignPoint base, Grid grid, List<Objective> objectives, int chunk) {
        this(base, grid, objectives, chunk, false);
    }

    /**
     * As above; with {@code feasibleOnly} a point that does not fit the ROM or whose input + output
     * tokens do not fit the SRAM is still evaluated and written, but never on the front.
     */
    public Sweep(DesignPoint base, Grid grid, List<Objective> objectives, int chunk, boolean feasibleOnly) {
        this(base, grid, objectives, chunk, feasibleOnly, Requirements.NONE);
    }

    /** As above; a point that misses one of {@code requirements} is evaluated and written, but never on the front. */
    public Sweep(DesignPoint base, Grid grid, List<Objective> objectives, int chunk, boolean feasibleOnly,
                 Requirements requirements) {
        if (base == null || grid == null || objectives == null || chunk < 1 || requirements == null) {
            throw new IllegalArgumentException("need a base point, a grid, objectives, requirements and chunk ≥ 1");
        }
        grid.checkAgainst(base);
        this.base = base;
        this.grid = grid;
        this.objectives = checked(objectives);
        this.chunk = chunk;
        this.feasibleOnly = feasibleOnly;
        this.requirements = requirements;
    }

    /** This sweep, keeping infeasible designs off the front or not. */
    public Sweep withFeasibleOnly(boolean on) {
        return new Sweep(base, grid, objectives, chunk, on, requirements);
    }

    /** This sweep with a point that misses one of {@code r} kept off the front. */
    public Sweep withRequirements(Requirements r) {
        return new Sweep(base, grid, objectives, chunk, feasibleOnly, r);
    }

    public Requirements requirements() { return requirements; }

    public Grid grid() { return grid; }

    public List<Objective> objectives() { return objectives; }

    public long size() { return grid.size(); }

    /** The design point at grid index {@code index}. */
    public DesignPoint point(long index) { return grid.cursor(base, index).point(); }

    /** Pass 1: evaluates every point and returns the exact Pareto front. */
    public Front front(Executor executor, SweepControl control) {
        Candidates all = new Candidates(objectives.size());
        runner(executor).run(grid.size(), this::chunkFront, all::addAll, control);
        return all.toFront(objectives);
    }

    /** Pass 2: evaluates every point again and streams it to {@code sink} in grid order. */
    public <B> void rows(Executor executor, RowSink<B> sink, Front front, SweepControl control) {
        runner(executor).run(grid.size(), (from, to) -> chunkRows(sink, front, from, to), sink::emit, control);
    }

    /** Only the front's points, in grid order, on the calling thread. */
    public <B> void frontRows(RowSink<B> sink, Front front) {
        B buffer = sink.open(front.size() == 0 ? 0 : front.index(0));
        for (int i = 0; i < front.size(); i++) {
            GridCursor c = grid.cursor(base, front.index(i));
            sink.add(buffer, c.index(), c.values(), Evaluator.evaluate(c.point()), true);
        }
        sink.emit(buffer);
    }

    private ChunkRunner runner(Executor executor) {
        return new ChunkRunner(executor, chunk, 4 * Runtime.getRuntime().availableProcessors());
    }

    private Candidates chunkFront(long from, long to) {
        int n = (int) (to - from);
        int k = objectives.size();
        double[] cost = new double[n * k];
        GridCursor c = grid.cursor(base, from);
        for (int i = 0; i < n; i++, c.next()) {
            Metrics m = Evaluator.evaluate(c.point());
            boolean excluded = feasibleOnly && !(m.fitsInRom() && m.contextFits()) || !requirements.holds(m);
            for (int j = 0; j < k; j++) {
                cost[i * k + j] = excluded ? Double.NaN : objectives.get(j).cost(m); // NaN: never on the front
            }
        }
        Candidates out = new Candidates(k);
        for (int row : Pareto.front(cost, n, k)) {
            out.add(from + row, cost, row);
        }
        return out;
    }

    private <B> B chunkRows(RowSink<B> sink, Front front, long from, long to) {
        B buffer = sink.open(from);
        GridCursor c = grid.cursor(base, from);
        for (long i = from; i < to; i++, c.next()) {
            sink.add(buffer, i, c.values(), Evaluator.evaluate(c.point()), front.contains(i));
        }
        return buffer;
    }

    private static List<Objective> checked(List<Objective> objectives) {
        if (objectives.isEmpty()) {
            throw new InvalidParameterException("--objectives", "give at least one objective");
        }
        Set<Metric> seen = new java.util.HashSet<>();
        for (Objective o : objectives) {
            if (!seen.add(o.metric())) {
                throw new InvalidParameterException("--objectives", o.metric().key() + " given more than once");
            }
        }
        return List.copyOf(objectives);
    }
}
