package org.romaexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.romaexplorer.io.AtomicFile;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.sweep.AxisParser;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: a grid around a preset, written as CSV with each row's Pareto flag. Two passes over the
 * grid (front, then rows), so memory stays flat however many points; the CSV is written atomically.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Sweep a grid of parameters around a preset; write every point (or the Pareto front) as CSV.")
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME|FILE", description = "Bundled preset or preset JSON file.")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change the base point before sweeping.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--vary", required = true, paramLabel = "KEY=LO..HI:STEP|KEY=A,B,C",
            description = "A swept parameter (repeatable); keys as for eval --set.")
    List<String> vary = new ArrayList<>();

    @Option(names = "--objectives", required = true, paramLabel = "KEY:min|max,...",
            description = "Pareto objectives, e.g. area_mm2:min,decode_tokens_per_s:max.")
    String objectives;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV to write (replaced atomically).")
    Path out;

    @Option(names = "--feasible-only", description = "Keep designs that do not fit the ROM, or whose input + output "
            + "tokens do not fit the SRAM, off the Pareto front (they are still written).")
    boolean feasibleOnly;

    @Option(names = "--require", paramLabel = "KEY>=V|KEY<=V|KEY==V",
            description = "A requirement on a metric (repeatable), e.g. max_tokens>=8192: designs that miss one stay off "
                    + "the Pareto front (they are still written, with meets_requirements=false).")
    List<String> require = new ArrayList<>();

    @Option(names = "--pareto-only", description = "Write only the rows on the Pareto front.")
    boolean paretoOnly;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "1000000000",
            description = "Refuse a grid of more points than this (default ${DEFAULT-VALUE}).")
    long maxPoints;

    @Option(names = "--progress", description = "Show progress on stderr even when it is not a terminal.")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        DesignPoint base = EvalCommand.apply(PresetIo.load(preset), settings);
        Grid grid = new Grid(vary.stream().map(AxisParser::parse).toList());
        checkSize(grid);
        AtomicFile.checkTarget("--out", out);
        Requirements req = Requirements.parse(require);
        Sweep sweep = new Sweep(base, grid, Objective.parseList(objectives)).withFeasibleOnly(feasibleOnly).withRequirements(req);
        long start = System.nanoTime();
        try (Workers workers = Workers.of(threads)) {
            Front front = sweep.front(workers.executor(), control("front", grid.size()));
            List<String> keys = grid.axes().stream().map(a -> a.knob().key()).toList();
            AtomicFile.write("--out", out, w -> {
                w.write(CsvRows.header(keys, Evaluator.evaluate(base).asMap(), req));
                writeRows(sweep, front, new CsvRows(w, paretoOnly, grid.axes().stream().map(a -> a.knob()).toList(), req), workers);
            });
            summary(grid.size(), front.size(), (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    private void checkSize(Grid grid) {
        if (maxPoints < 1) {
            throw new InvalidParameterException("--max-points", "must be at least 1, got " + maxPoints);
        }
        if (grid.size() > maxPoints) {
            throw new InvalidParameterException("--vary", String.format(Locale.ROOT,
                    "the grid has %,d points, more than the limit of %,d (raise it with --max-points)", grid.size(), maxPoints));
        }
    }

    private void writeRows(Sweep sweep, Front front, CsvRows rows, Workers workers) {
        if (paretoOnly) {
            sweep.frontRows(rows, front);
        } else {
            sweep.rows(workers.executor(), rows, front, control("rows", sweep.size()));
        }
    }

    private SweepControl control(String label, long total) {
        boolean show = progress || System.console() != null;
        return SweepControl.of(new ProgressLine(spec.commandLine().getErr(), "sweep " + label, total, show));
    }

    private void summary(long points, int frontSize, double seconds) {
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "%d points, %d on the Pareto front, %.2f s -> %s",
                points, frontSize, seconds, out));
        spec.commandLine().getOut().flush();
    }
}
