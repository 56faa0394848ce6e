package org.romaexplorer.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Models;
import org.romaexplorer.sweep.AxisParser;
import org.romaexplorer.sweep.Front;
import org.romaexplorer.sweep.Hypervolume;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.SearchSpace;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.sweep.SweepControl;

/**
 * The optimizer on a small version of the README's comparison (SRAM × rank × clock on a coarse grid, 80,256
 * designs, whose exact front a sweep gives in under a second): reproducible, within its budget, every reported
 * design meeting the requirements, and close to the exact front's hypervolume.
 */
class OptimizerTest {
    static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    static final DesignPoint BASE = Models.llama3b();
    static final List<Objective> OBJECTIVES = Objective.parseList("power_w:min,decode_tokens_per_s:max,lora_bytes:max");
    static final Requirements NEED_8K = Requirements.parse(List.of("max_tokens>=8192"));
    static final double[] REFERENCE = {100, 0, 0};

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    static SearchSpace coarse() {
        return new SearchSpace(List.of(AxisParser.dimension("sram_mb=16..2048:16"), AxisParser.dimension("lora_rank=0..256:8"),
                AxisParser.dimension("clock_mhz=100..1000:50")));
    }

    static SearchResult run(SearchSpace space, long evaluations, long seed, java.util.concurrent.Executor workers) {
        return new Optimizer(BASE, space, OBJECTIVES, NEED_8K, evaluations, seed).run(workers, SweepControl.none());
    }

    @Test
    void reachesNinetySevenPercentOfTheExactHypervolumeWithFivePercentOfTheEvaluations() {
        SearchSpace space = coarse();
        assertThat(space.designs()).isEqualTo(128L * 33 * 19);
        SearchResult r = run(space, 4_000, 1, POOL);
        Front exact = new Sweep(BASE, space.grid(), OBJECTIVES, Sweep.DEFAULT_CHUNK, false, NEED_8K).front(POOL, SweepControl.none());
        double found = r.hypervolume(REFERENCE);
        double best = Hypervolume.ofValues(OBJECTIVES, exact.values(), exact.size(), REFERENCE);
        assertThat(r.evaluations()).isEqualTo(4_000);
        assertThat(r.enumerated()).isFalse();
        assertThat(found / best).isGreaterThanOrEqualTo(0.97).isLessThanOrEqualTo(1.0); // a subset of the grid never beats it
    }

    @Test
    void theSameSeedGivesTheSameFrontOnOneThreadOrTwo() {
        SearchResult a = run(coarse(), 1_500, 7, Runnable::run);
        SearchResult b = run(coarse(), 1_500, 7, POOL);
        SearchResult c = run(coarse(), 1_500, 8, POOL);
        assertThat(b.front()).isEqualTo(a.front());
        assertThat(b.evaluations()).isEqualTo(a.evaluations());
        assertThat(b.generations()).isEqualTo(a.generations());
        assertThat(c.front()).isNotEqualTo(a.front());
    }

    @Test
    void everyReportedDesignMeetsTheRequirementsAndIsOnItsKnobsGrid() {
        SearchResult r = run(coarse(), 2_000, 3, POOL);
        assertThat(r.front()).isNotEmpty();
        for (Found f : r.front()) {
            Metrics m = Evaluator.evaluate(r.space().apply(BASE, f.values()));
            assertThat(NEED_8K.holds(m)).isTrue();
            assertThat(f.objective(0)).isEqualTo(Metric.POWER_W.of(m));
            assertThat(f.value(0) % 16).isZero();
            assertThat(f.value(1) % 8).isZero();
            assertThat(f.value(2) % 50).isZero();
        }
        assertThat(r.feasible()).isLessThanOrEqualTo(r.evaluations());
    }

    @Test
    void eachDesignIsEvaluatedOnceAndTheListenerSeesEveryEvaluation() {
        List<String> seen = new ArrayList<>();
        SearchResult r = new Optimizer(BASE, coarse(), OBJECTIVES, NEED_8K, 1_000, 2)
                .run(POOL, SweepControl.none(), (v, m, ok) -> seen.add(java.util.Arrays.toString(v)));
        assertThat(seen).hasSize((int) r.evaluations()).doesNotHaveDuplicates();
    }

    @Test
    void aBudgetThatCoversTheSpaceEnumeratesItAndGivesTheExactFront() {
        SearchSpace small = new SearchSpace(List.of(AxisParser.dimension("sram_mb=256..1024:64"),
                AxisParser.dimension("lora_rank=0..64:16"), AxisParser.dimension("clock_mhz=200,500,800")));
        SearchResult r = run(small, 10_000, 1, POOL);
        Front exact = new Sweep(BASE, small.grid(), OBJECTIVES, Sweep.DEFAULT_CHUNK, false, NEED_8K).front(POOL, SweepControl.none());
        assertThat(r.enumerated()).isTrue();
        assertThat(r.evaluations()).isEqualTo(13 * 5 * 3);
        assertThat(r.front()).hasSize(exact.size());
        assertThat(r.hypervolume(REFERENCE)).isEqualTo(Hypervolume.ofValues(OBJECTIVES, exact.values(), exact.size(), REFERENCE));
    }

    @Test
    void goalSeekingFindsTheSmallestChipThatHoldsAnEightKContext() {
        // Area depends on the SRAM alone; the smallest SRAM with 8,192 tokens needs rank 0 (no LoRA in the SRAM).
        SearchSpace space = new SearchSpace(List.of(AxisParser.dimension("sram_mb=16..2048:1"), AxisParser.dimension("lora_rank=0..256")));
        List<Objective> area = List.of(Objective.min(Metric.AREA_MM2));
        SearchResult r = new Optimizer(BASE, space, area, NEED_8K, 3_000, 1).run(POOL, SweepControl.none());
        Front exact = new Sweep(BASE, space.grid(), area, Sweep.DEFAULT_CHUNK, false, NEED_8K).front(POOL, SweepControl.none());
        assertThat(r.best()).isPresent();
        assertThat(r.best().get().objective(0)).isEqualTo(exact.value(0, 0));
        assertThat(r.best().get().value(1)).isZero();
        DesignPoint best = space.apply(BASE, r.best().get().values());
        assertThat(Evaluator.evaluate(best).maxTokens()).isGreaterThanOrEqualTo(8192);
        assertThat(Evaluator.evaluate(Knobs.SRAM_MB.set(best, r.best().get().value(0) - 1)).maxTokens()).isLessThan(8192);
    }

    @Test
    void continuousAndChoiceKnobsMix() {
        SearchSpace space = new SearchSpace(List.of(AxisParser.dimension("sram_mb=64..1024"), AxisParser.dimension("clock_mhz=100..1000"),
                AxisParser.dimension("kv_bits=4,8,16"), AxisParser.dimension("kv_overflow=reject,spill")));
        assertThat(space.discrete()).isFalse();
        List<Double> sram = new ArrayList<>();
        SearchResult r = new Optimizer(BASE, space, Objective.parseList("area_mm2:min,decode_tokens_per_s:max"), Requirements.NONE, 600, 5)
                .run(POOL, SweepControl.none(), (v, m, ok) -> sram.add(v[0]));
        assertThat(r.evaluations()).isEqualTo(600);
        assertThat(r.front()).allSatisfy(f -> {
            assertThat(f.value(0)).isBetween(64.0, 1024.0);
            assertThat(f.value(1)).isBetween(100.0, 1000.0);
            assertThat(f.value(2)).isIn(4.0, 8.0, 16.0);
            assertThat(f.value(3)).isIn(0.0, 1.0);
        });
        assertThat(sram.stream().filter(v -> v != Math.rint(v)).count()).isGreaterThan(300); // real MiB, not whole (the rest sit on the 64 MiB end)
        // area grows with the SRAM alone, so the front is the smallest SRAM found, at every clock found
        assertThat(r.front().stream().mapToDouble(f -> f.value(0)).distinct().count()).isEqualTo(1);
    }

    @Test
    void noFeasibleDesignGivesAnEmptyFront() {
        SearchResult r = new Optimizer(BASE, coarse(), OBJECTIVES, Requirements.parse(List.of("area_mm2<=1")), 500, 1)
                .run(POOL, SweepControl.none());
        assertThat(r.front()).isEmpty();
        assertThat(r.feasible()).isZero();
        assertThat(r.hypervolume(REFERENCE)).isZero();
    }

    @Test
    void cancelStopsTheSearch() {
        AtomicBoolean cancel = new AtomicBoolean();
        SweepControl c = new SweepControl(done -> cancel.set(done > 300), cancel);
        assertThatThrownBy(() -> new Optimizer(BASE, coarse(), OBJECTIVES, NEED_8K, 100_000, 1).run(POOL, c))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void refusesAnEmptyBudgetOrPopulation() {
        assertThatThrownBy(() -> new Optimizer(BASE, coarse(), OBJECTIVES, NEED_8K, 0, 1)).hasMessageStartingWith("--evaluations");
        assertThatThrownBy(() -> new Optimizer(BASE, coarse(), OBJECTIVES, NEED_8K, 10, 1, 2)).hasMessageStartingWith("--population");
    }
}
