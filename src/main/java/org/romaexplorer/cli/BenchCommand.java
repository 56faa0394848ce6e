package org.romaexplorer.cli;

import java.util.concurrent.Callable;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;
import org.romaexplorer.sweep.BenchmarkSweep;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: a quick in-process speed check, warmed up but without JMH's forks and statistics (the
 * real figures come from {@code SweepBenchmark}/{@code EvalBenchmark}). Times one evaluation, and a
 * {@link BenchmarkSweep} front pass on one thread and on all workers; best of three runs each.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Quick speed check: ns per evaluation and sweep points per second (use JMH for real figures).")
public final class BenchCommand implements Callable<Integer> {
    private static final int EVALS = 2_000_000;
    private static final int RUNS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--clocks", paramLabel = "N", defaultValue = "20",
            description = "Sweep size in units of 10,000 points, 1..990 (default ${DEFAULT-VALUE}).")
    int clocks;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (clocks < 1 || clocks > 990) {
            return LabReport.usageError(spec.commandLine().getErr(), "clocks", "must be in 1..990, was " + clocks);
        }
        Sweep sweep = BenchmarkSweep.of(Models.llama3b(), clocks);
        try (Workers workers = Workers.of(threads)) {
            double evalNs = evalNanos();
            double one = bestSeconds(sweep, Workers.of(1)); // one thread: the caller's, no pool to close
            double many = bestSeconds(sweep, workers);
            Front front = sweep.front(workers.executor(), SweepControl.none());
            new LabReport().put("eval_ns_per_point", evalNs).put("sweep_points", sweep.size())
                    .put("sweep_front_size", front.size()).put("threads", workers.threads())
                    .put("sweep_points_per_s", sweep.size() / many)
                    .put("sweep_points_per_s_1_thread", sweep.size() / one)
                    .put("sweep_seconds", many).print(spec.commandLine().getOut(), json);
        }
        return 0;
    }

    /** Nanoseconds per {@link Evaluator#evaluate}, over 16 points with different ranks, after a warm-up. */
    private static double evalNanos() {
        DesignPoint[] points = new DesignPoint[16];
        for (int i = 0; i < points.length; i++) {
            points[i] = Knobs.LORA_RANK.set(i % 2 == 0 ? Models.llama3b() : Models.llama8b(), 8 + i);
        }
        double best = Double.POSITIVE_INFINITY;
        double sink = 0;
        for (int run = 0; run < RUNS + 1; run++) {
            long t = System.nanoTime();
            for (int i = 0; i < EVALS; i++) {
                sink += Evaluator.evaluate(points[i & 15]).decodeTokensPerS();
            }
            best = run == 0 ? best : Math.min(best, (double) (System.nanoTime() - t) / EVALS);
        }
        return sink == 42 ? -1 : best;
    }

    /** Best wall time of a front pass, after one warm-up pass. */
    private static double bestSeconds(Sweep sweep, Workers workers) {
        double best = Double.POSITIVE_INFINITY;
        for (int run = 0; run < RUNS + 1; run++) {
            long t = System.nanoTime();
            sweep.front(workers.executor(), SweepControl.none());
            best = run == 0 ? best : Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }
}
