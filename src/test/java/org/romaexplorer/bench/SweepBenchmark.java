package org.romaexplorer.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.romaexplorer.model.Models;
import org.romaexplorer.sweep.BenchmarkSweep;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;

/**
 * Sweep speed on {@link BenchmarkSweep} (4 objectives: area ↓, decode ↑, max tokens ↑, power ↓): the
 * front pass (evaluate every point, keep the exact front) in points per second on the calling thread and
 * on a pool of 2, and the wall time of 1,000,000 points plus their front on 2 threads. Run with
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main SweepBenchmark"}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {
    private static final int SMALL_POINTS = 200_000;
    private final Sweep small = BenchmarkSweep.of(Models.llama3b(), SMALL_POINTS / 10_000);
    private final Sweep million = BenchmarkSweep.of(Models.llama3b(), 100);
    private ExecutorService two;

    @Setup
    public void start() {
        two = Executors.newFixedThreadPool(2);
    }

    @TearDown
    public void stop() {
        two.shutdownNow();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SMALL_POINTS)
    public Front pointsPerSecondOneThread() {
        return small.front(Runnable::run, SweepControl.none());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(SMALL_POINTS)
    public Front pointsPerSecondTwoThreads() {
        return small.front(two, SweepControl.none());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Front millionPointsAndFrontTwoThreads() {
        return million.front(two, SweepControl.none());
    }
}
