package org.romaexplorer.sweep;

import org.romaexplorer.model.Metric;
import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;

/**
 * The sweep that {@code bench} and the JMH benchmark time, so that their figures compare: SRAM 32..3200
 * MiB step 32 × LoRA rank 0..198 step 2 × clock from 100 MHz in 10 MHz steps, i.e. 10,000 points per
 * clock value, with the objectives area ↓, decode tokens/s ↑, max tokens ↑, power ↓. Its front is
 * large (the rank-0 slice, one point per SRAM size and clock), which makes it a hard case for the merge.
 */
public final class BenchmarkSweep {
    public static final List<Objective> OBJECTIVES = List.of(Objective.min(Metric.AREA_MM2),
            Objective.max(Metric.DECODE_TOKENS_PER_S), Objective.max(Metric.MAX_TOKENS), Objective.min(Metric.POWER_W));

    private BenchmarkSweep() {}

    /** {@code 10_000 * clocks} points, {@code clocks} in 1..990. */
    public static Sweep of(DesignPoint base, int clocks) {
        if (clocks < 1 || clocks > 990) {
            throw new IllegalArgumentException("clocks must be in 1..990, got " + clocks);
        }
        Grid grid = Grid.of(AxisParser.parse("sram_mb=32..3200:32"), AxisParser.parse("lora_rank=0..198:2"),
                new Axis(Knobs.CLOCK_MHZ, java.util.stream.IntStream.range(0, clocks).mapToDouble(i -> 100 + 10 * i).toArray()));
        return new Sweep(base, grid, OBJECTIVES);
    }
}
