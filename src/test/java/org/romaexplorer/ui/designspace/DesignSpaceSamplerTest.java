package org.romaexplorer.ui.designspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;
import org.romaexplorer.sweep.Axis;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Grid;
import org.romaexplorer.model.Metric;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;

/** Which points the design-space chart draws. */
public class DesignSpaceSamplerTest {
    private static final Objective AREA = Objective.min(Metric.AREA_MM2);
    private static final Objective DECODE = Objective.max(Metric.DECODE_TOKENS_PER_S);

    private static Grid grid(int sram, int rank) {
        return Grid.of(Axis.of(Knobs.SRAM_MB, range(32, sram)), Axis.of(Knobs.LORA_RANK, range(0, rank)));
    }

    private static double[] range(int from, int n) {
        return java.util.stream.IntStream.range(from, from + n).asDoubleStream().toArray();
    }

    @Test
    void aCappedSampleKeepsEveryFrontPointAndStaysUnderTheCap() {
        Grid g = grid(60, 50);
        DesignSpaceResult r = new DesignSpaceRun(Models.llama3b(), g, AREA, DECODE, Metric.MAX_TOKENS, 200)
                .run(Runnable::run, SweepControl.none());
        Front front = new Sweep(Models.llama3b(), g, List.of(AREA, DECODE)).front(Runnable::run, SweepControl.none());
        assertThat(r.front().stream().mapToLong(Point::index).sorted().toArray()).isEqualTo(front.indices());
        assertThat(r.plotted()).isLessThanOrEqualTo(200);
        assertThat(r.others()).isNotEmpty().allMatch(p -> !front.contains(p.index()));
        assertThat(r.total()).isEqualTo(3000);
    }

    @Test
    void underTheCapEveryPointIsDrawn() {
        DesignSpaceResult r = new DesignSpaceRun(Models.llama3b(), grid(10, 7), AREA, DECODE, Metric.POWER_W, 20_000)
                .run(Runnable::run, SweepControl.none());
        Set<Long> all = new HashSet<>();
        r.others().forEach(p -> all.add(p.index()));
        r.front().forEach(p -> all.add(p.index()));
        assertThat(all).hasSize(70);
    }

    @Test
    void theStrideIsCoprimeToEveryAxisSoTheSampleSeesEveryValue() {
        Grid g = grid(16, 16); // 256 points, budget 16 → stride 16 would show only rank 0
        long s = DesignSpaceSampler.stride(g, 0, 16);
        assertThat(s).isEqualTo(17);
        Set<Double> ranks = new HashSet<>();
        for (long i = 0; i < g.size(); i += s) {
            ranks.add(g.values(i)[1]);
        }
        assertThat(ranks).hasSize(16);
    }

    @Test
    void theFrontIsListedByXForItsLine() {
        DesignSpaceResult r = new DesignSpaceRun(Models.llama3b(), grid(40, 20), AREA, DECODE, Metric.MAX_TOKENS, 100)
                .run(Runnable::run, SweepControl.none());
        for (int i = 1; i < r.front().size(); i++) {
            assertThat(r.front().get(i).x()).isGreaterThanOrEqualTo(r.front().get(i - 1).x());
        }
    }
}
