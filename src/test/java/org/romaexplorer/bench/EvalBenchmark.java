package org.romaexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.romaexplorer.model.CostMetrics;
import org.romaexplorer.model.CostModel;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Performance;

/**
 * One design-point evaluation (all metrics), its cost part alone, and one 4,096-token generation. Run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main EvalBenchmark"}.
 * The rank varies per call so that nothing folds into a constant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvalBenchmark {
    private final DesignPoint[] points = new DesignPoint[16];
    private final DesignPoint[] serving = new DesignPoint[16];
    private int i;

    public EvalBenchmark() {
        for (int k = 0; k < points.length; k++) {
            DesignPoint base = (k % 2 == 0) ? Models.llama3b() : Models.llama8b();
            points[k] = base.withLora(base.lora().withRank(8 + k));
            DesignPoint p = points[k];
            serving[k] = p.withLora(p.lora().withAdapters(4).withOtherRanks(java.util.List.of(64, 8)))
                    .withWorkload(p.workload().withUsers(8).withAdapterHitRate(0.9)).withHw(p.hw().withLUnitRows(4));
        }
    }

    private DesignPoint next() {
        i = (i + 1) & 15;
        return points[i];
    }

    /** The same design points serving 8 users from 4 adapters (ranks r, 64, 8, r), 90% hits, 4 L-unit rows. */
    @Benchmark
    public Metrics evaluateServingDesignPoint() {
        i = (i + 1) & 15;
        return Evaluator.evaluate(serving[i]);
    }

    @Benchmark
    public Metrics evaluateDesignPoint() {
        return Evaluator.evaluate(next());
    }

    /** What cost adds to one evaluation: {@link CostModel#metrics} on the design's area, power and speed. */
    @Benchmark
    public CostMetrics costOfOneDesignPoint() {
        DesignPoint p = next();
        return CostModel.metrics(p, 500 + i, 33.1, 31_800);
    }

    @Benchmark
    public double generation256In4096Out() {
        return new Performance(next()).generationTokensPerS(256, 4096);
    }
}
