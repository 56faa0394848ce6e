package org.romaexplorer.ui.designspace;

import java.util.List;
import java.util.concurrent.Executor;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.model.Metric;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;

/**
 * One design-space sweep: the front pass, then a row pass that keeps a sample for the chart (see
 * {@link DesignSpaceSampler}). Progress runs over both passes, 0…2n points. Plain Java: runs on any
 * thread, never touches controls. The constructor validates (grid against the base, objectives).
 */
public final class DesignSpaceRun {
    /** Most points a run evaluates. */
    static final long MAX_POINTS = 1_000_000;
    /** Most points drawn, unless the front alone is larger. */
    static final int MAX_PLOTTED = 20_000;

    private final DesignPoint base;
    private final Sweep sweep;
    private final Objective x;
    private final Objective y;
    private final Metric colour;
    private final int cap;

    DesignSpaceRun(DesignPoint base, Grid grid, Objective x, Objective y, Metric colour, int cap) {
        this(base, grid, x, y, colour, cap, false);
    }

    /** As above; {@code feasibleOnly} keeps designs that do not fit the ROM or the context off the front. */
    DesignSpaceRun(DesignPoint base, Grid grid, Objective x, Objective y, Metric colour, int cap, boolean feasibleOnly) {
        this(base, grid, x, y, colour, cap, feasibleOnly, Requirements.NONE);
    }

    /** As above; a point that misses one of {@code requirements} is drawn greyed and never on the front. */
    DesignSpaceRun(DesignPoint base, Grid grid, Objective x, Objective y, Metric colour, int cap, boolean feasibleOnly,
                   Requirements requirements) {
        this.base = base;
        this.sweep = new Sweep(base, grid, List.of(x, y)).withFeasibleOnly(feasibleOnly).withRequirements(requirements);
        this.x = x;
        this.y = y;
        this.colour = colour;
        this.cap = cap;
    }

    long size() { return sweep.size(); }

    Sweep sweep() { return sweep; }

    /** Runs both passes on {@code workers}; throws CancellationException when the control is cancelled. */
    DesignSpaceResult run(Executor workers, SweepControl control) {
        long n = sweep.size();
        Front front = sweep.front(workers, control);
        DesignSpaceSampler sample = new DesignSpaceSampler(sweep.grid(), front.size(), cap, x, y, colour, sweep.requirements());
        SweepControl second = new SweepControl(done -> control.progress().accept(n + done), control.cancelled());
        sweep.rows(workers, sample, front, second);
        return new DesignSpaceResult(base, sweep.grid(), x, y, colour, n, sample.others(), sample.front(), sample.infeasible());
    }
}
