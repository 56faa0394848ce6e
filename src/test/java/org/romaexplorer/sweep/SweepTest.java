package org.romaexplorer.sweep;

import org.romaexplorer.model.Metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Models;

class SweepTest {
    static final java.util.concurrent.Executor SAME_THREAD = Runnable::run;
    private final DesignPoint base = Models.llama3b();
    private final Grid grid = Grid.of(Axis.of(Knobs.SRAM_MB, 32, 64, 128, 256), Axis.of(Knobs.LORA_RANK, 0, 8, 16, 64),
            Axis.of(Knobs.KV_BITS, 4, 8, 16), Axis.of(Knobs.CLOCK_MHZ, 250, 500));
    private final List<Objective> objectives = List.of(Objective.min(Metric.AREA_MM2),
            Objective.max(Metric.DECODE_TOKENS_PER_S), Objective.max(Metric.MAX_TOKENS), Objective.min(Metric.POWER_W));

    /** One row the sink saw. */
    record Row(long index, double[] values, Metrics metrics, boolean onFront) {}

    static final class ListSink implements RowSink<List<Row>> {
        final List<Row> rows = new ArrayList<>();

        @Override
        public List<Row> open(long first) { return new ArrayList<>(); }

        @Override
        public void add(List<Row> b, long index, double[] values, Metrics m, boolean onFront) {
            b.add(new Row(index, values.clone(), m, onFront));
        }

        @Override
        public void emit(List<Row> b) { rows.addAll(b); }
    }

    @Test
    void feasibleOnlyKeepsDesignsThatDoNotFitOffTheFront() {
        // 32 and 64 MiB hold fewer than the 256 + 4,096 tokens of the workload; 8-bit weights overflow the ROM
        Grid g = Grid.of(Axis.of(Knobs.SRAM_MB, 32, 64, 512), Axis.of(Knobs.BASE_BITS, 2, 4, 8));
        List<Objective> obj = List.of(Objective.max(Metric.DECODE_TOKENS_PER_S), Objective.min(Metric.AREA_MM2));
        Sweep all = new Sweep(base, g, obj, 4);
        Front plain = all.front(SAME_THREAD, SweepControl.none());
        Front feasible = all.withFeasibleOnly(true).front(SAME_THREAD, SweepControl.none());
        ListSink sink = new ListSink();
        all.rows(SAME_THREAD, sink, plain, SweepControl.none());
        boolean anyInfeasibleOnPlainFront = sink.rows.stream()
                .anyMatch(r -> r.onFront() && !(r.metrics().fitsInRom() && r.metrics().contextFits()));
        assertThat(anyInfeasibleOnPlainFront).isTrue();
        assertThat(feasible.size()).isPositive();
        for (int i = 0; i < feasible.size(); i++) {
            Metrics m = Evaluator.evaluate(all.point(feasible.index(i)));
            assertThat(m.fitsInRom() && m.contextFits()).isTrue();
        }
    }

    @Test
    void sameThreadRowsEqualEvaluatingEachPointDirectly() {
        Sweep sweep = new Sweep(base, grid, objectives, 7);
        ListSink sink = new ListSink();
        sweep.rows(SAME_THREAD, sink, sweep.front(SAME_THREAD, SweepControl.none()), SweepControl.none());
        assertThat(sink.rows).hasSize(96);
        for (int i = 0; i < 96; i++) {
            Row r = sink.rows.get(i);
            double[] v = grid.values(i);
            DesignPoint p = Knobs.CLOCK_MHZ.set(Knobs.KV_BITS.set(Knobs.LORA_RANK.set(Knobs.SRAM_MB.set(base, v[0]), v[1]), v[2]), v[3]);
            assertThat(r.index()).isEqualTo(i);
            assertThat(r.values()).containsExactly(v);
            assertThat(r.metrics()).isEqualTo(Evaluator.evaluate(p));
        }
    }

    @Test
    void frontIsTheBruteForceFrontOfAllPoints() {
        Sweep sweep = new Sweep(base, grid, objectives, 5);
        int k = objectives.size();
        double[] cost = new double[96 * k];
        for (int i = 0; i < 96; i++) {
            Metrics m = Evaluator.evaluate(sweep.point(i));
            for (int j = 0; j < k; j++) {
                cost[i * k + j] = objectives.get(j).cost(m);
            }
        }
        long[] expected = java.util.stream.IntStream.of(ParetoProperties.bruteForce(cost, 96, k)).asLongStream().toArray();
        Front front = sweep.front(SAME_THREAD, SweepControl.none());
        assertThat(front.indices()).containsExactly(expected);
        assertThat(front.value(0, 1)).isEqualTo(Evaluator.evaluate(sweep.point(front.index(0))).decodeTokensPerS());
    }

    @Test
    void poolAndSameThreadGiveTheSameFrontAndRows() throws Exception {
        Sweep sweep = new Sweep(base, grid, objectives, 3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Front one = sweep.front(SAME_THREAD, SweepControl.none());
            Front many = sweep.front(pool, SweepControl.none());
            assertThat(many).isEqualTo(one);
            ListSink a = new ListSink();
            ListSink b = new ListSink();
            sweep.rows(SAME_THREAD, a, one, SweepControl.none());
            sweep.rows(pool, b, one, SweepControl.none());
            assertThat(b.rows).extracting(Row::index).containsExactlyElementsOf(a.rows.stream().map(Row::index).toList());
            assertThat(b.rows).extracting(Row::onFront).containsExactlyElementsOf(a.rows.stream().map(Row::onFront).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void frontRowsAreExactlyTheRowsFlaggedOnTheFront() {
        Sweep sweep = new Sweep(base, grid, objectives, 11);
        Front front = sweep.front(SAME_THREAD, SweepControl.none());
        ListSink all = new ListSink();
        ListSink onlyFront = new ListSink();
        sweep.rows(SAME_THREAD, all, front, SweepControl.none());
        sweep.frontRows(onlyFront, front);
        assertThat(onlyFront.rows).extracting(Row::index)
                .containsExactlyElementsOf(all.rows.stream().filter(Row::onFront).map(Row::index).toList());
        assertThat(front.size()).isBetween(1, 95);
    }

    @Test
    void progressRisesToTheGridSize() {
        List<Long> seen = new ArrayList<>();
        new Sweep(base, grid, objectives, 10).front(SAME_THREAD, SweepControl.of(seen::add));
        assertThat(seen).isSorted().endsWith(96L).hasSize(10);
    }

    @Test
    void cancellingStopsEarly() {
        Grid big = Grid.of(Axis.of(Knobs.SRAM_MB, java.util.stream.IntStream.rangeClosed(1, 10_000).asDoubleStream().toArray()));
        AtomicLong last = new AtomicLong();
        AtomicBoolean cancelled = new AtomicBoolean();
        SweepControl control = new SweepControl(done -> {
            last.set(done);
            cancelled.set(true);
        }, cancelled);
        Sweep sweep = new Sweep(base, big, objectives, 10);
        assertThatThrownBy(() -> sweep.front(SAME_THREAD, control)).isInstanceOf(CancellationException.class);
        assertThat(last.get()).isEqualTo(10);
    }

    @Test
    void interruptingTheCallerCancels() throws Exception {
        Grid big = Grid.of(Axis.of(Knobs.SRAM_MB, java.util.stream.IntStream.rangeClosed(1, 10_000).asDoubleStream().toArray()),
                Axis.of(Knobs.CLOCK_MHZ, java.util.stream.IntStream.rangeClosed(1, 10_000).asDoubleStream().toArray()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> new Sweep(base, big, objectives).front(pool, SweepControl.none()))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyOrRepeatedObjectiveListIsRejected() {
        assertThatThrownBy(() -> new Sweep(base, grid, List.of())).hasMessageContaining("at least one objective");
        assertThatThrownBy(() -> new Sweep(base, grid, List.of(Objective.min(Metric.POWER_W), Objective.max(Metric.POWER_W))))
                .hasMessageContaining("power_w given more than once");
    }
}
