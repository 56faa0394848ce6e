package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

/** The cost breakdown: break-evens that break even, parts that add up, and what a metal re-spin saves. */
class CostBreakdownTest {

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(20_000, 300);
    }

    /** ROMA's 3B design under random economics, weight cell and node, each cost knob anywhere in its range. */
    private static DesignPoint design(RandomCase c) {
        DesignPoint p = Models.llama3b();
        p = Knobs.WEIGHT_CELL.set(p, c.between(0, WeightCell.values().length - 1));
        p = Knobs.NODE_NM.set(p, c.pick(7, 65, 28, 5, 3, 16));
        for (Param k : CostKnobs.ALL) {
            double v = k.spread() != null ? c.between(k.spread().low(), k.spread().high())
                    : k.integer() ? c.between((int) k.min(), (int) Math.min(k.max(), 256)) : k.value();
            p = k.set(p, v);
        }
        return p;
    }

    @PropertyTest
    void atTheBreakEvenVolumeTheDesignCostsWhatTheBaselineDoes(RandomCase c) {
        DesignPoint p = design(c);
        CostBreakdown b = CostBreakdown.of(p);
        double u = p.cost().modelUpdatesPerYear();
        for (BaselineCost base : b.baselines()) {
            double v = b.breakEvenVolume(base);
            if (Double.isNaN(v)) {
                assertThat(b.costPerMtokUsd(1e15, u)).isGreaterThanOrEqualTo(base.costPerMtokUsd() * (1 - 1e-6));
            } else {
                assertThat(b.costPerMtokUsd(v, u)).isCloseTo(base.costPerMtokUsd(), within(base.costPerMtokUsd() * 1e-9));
                assertThat(b.costPerMtokUsd(v * 2, u)).isLessThan(base.costPerMtokUsd());
            }
        }
    }

    @PropertyTest
    void atTheBreakEvenCadenceTheDesignCostsWhatTheBaselineDoes(RandomCase c) {
        DesignPoint p = design(c);
        CostBreakdown b = CostBreakdown.of(p);
        double v = p.cost().volume();
        for (BaselineCost base : b.baselines()) {
            double u = b.breakEvenUpdatesPerYear(base);
            if (Double.isNaN(u)) {
                assertThat(b.costPerMtokUsd(v, 0)).isGreaterThanOrEqualTo(base.costPerMtokUsd());
            } else if (Double.isInfinite(u)) {
                assertThat(p.hw().weightCell()).isEqualTo(WeightCell.SRAM);
                assertThat(b.costPerMtokUsd(v, 365)).isLessThan(base.costPerMtokUsd());
            } else {
                assertThat(u).isGreaterThanOrEqualTo(1 / p.cost().lifetimeYears() * (1 - 1e-12));
                assertThat(b.costPerMtokUsd(v, u)).isCloseTo(base.costPerMtokUsd(), within(base.costPerMtokUsd() * 1e-9));
                assertThat(b.costPerMtokUsd(v, u * 1.5)).isGreaterThan(base.costPerMtokUsd());
            }
        }
    }

    @PropertyTest
    void theBreakdownIsTheMetricsAndItsPartsAddUp(RandomCase c) {
        DesignPoint p = design(c);
        Metrics m = Evaluator.evaluate(p);
        CostBreakdown b = CostBreakdown.of(p, m);
        CostInputs in = p.cost();
        assertThat(b.costPerMtokUsd(in.volume(), in.modelUpdatesPerYear()))
                .isCloseTo(m.cost().costPerMtokUsd(), within(m.cost().costPerMtokUsd() * 1e-12));
        double[] parts = b.perChipUsd(in.volume());
        assertThat(parts[0] + parts[1]).isCloseTo(m.cost().dieCostUsd(), within(m.cost().dieCostUsd() * 1e-12));
        assertThat(parts[0] + parts[1] + parts[2] + parts[3] + parts[4] + parts[5])
                .isCloseTo(parts[6], within(parts[6] * 1e-12));
        assertThat(parts[4]).isCloseTo(m.cost().nrePerChipUsd(), within(1e-9 * parts[4] + 1e-12));
        assertThat((double) b.asMap().get("cost_per_chip_usd")).isCloseTo(parts[6], within(parts[6] * 1e-12));
        assertThat(m.cost().dieYield()).isBetween(0.0, 1.0);
        assertThat(m.cost().diesPerWafer()).isGreaterThanOrEqualTo(1);
    }

    /** Evaluator writes CostModel.metrics's steps out (no object per point): the two must agree to the last bit. */
    @PropertyTest
    void theEvaluatorsCostIsCostModels(RandomCase c) {
        DesignPoint p = design(c);
        Metrics m = Evaluator.evaluate(p);
        assertThat(m.cost()).isEqualTo(CostModel.metrics(p, m.areaMm2(), m.powerW(), m.decodeTokensPerS()));
    }

    @PropertyTest
    void aMetalProgrammedCellReSpinsForLessThanAFullSet(RandomCase c) {
        DesignPoint p = design(c);
        for (WeightCell cell : new WeightCell[] {WeightCell.BROM, WeightCell.FUSED, WeightCell.METAL_ROM, WeightCell.CIROM2T}) {
            DesignPoint q = p.withHw(p.hw().withWeightCell(cell));
            CostBreakdown b = CostBreakdown.of(q);
            assertThat(b.metrics().respinNreUsd()).as(cell.key()).isLessThanOrEqualTo(b.fullSetRespinUsd());
            if (b.metrics().respinMasks() * q.cost().respinMaskCostRatio() < NodeCost.of(q.tech().node()).masks()) {
                assertThat(b.metrics().respinNreUsd()).as(cell.key()).isLessThan(b.fullSetRespinUsd());
            }
        }
    }

    /**
     * A model update of ROMA (fused cell, 2 masks at 2× the average mask): 7 nm 2 × 2 × 10.5 M / 80 = $0.525 M of masks
     * (95% less than the $10.5 M set), + $2 M engineering = $2.525 M against $12.5 M (79.8% less); 65 nm 27,733 +
     * 187,919 (2 M × 28/298) = $215,653 against 208,000 + 187,919 = $395,919 (45.5% less; masks alone 86.7% less).
     */
    @ParameterizedTest(name = "{0} nm")
    @CsvSource({"7, 2525000, 12500000, 0.798, 0.95", "65, 215652.80, 395919.46, 0.45531, 0.86667"})
    void whatAMetalReSpinSavesAtANode(int nm, double respin, double full, double saving, double maskSaving) {
        DesignPoint p = Knobs.NODE_NM.set(Models.llama3b(), nm);
        Map<String, Object> x = CostBreakdown.of(p).asMap();
        assertThat((double) x.get("respin_nre_usd")).isCloseTo(respin, within(0.01));
        assertThat((double) x.get("full_set_respin_nre_usd")).isCloseTo(full, within(0.01));
        assertThat((double) x.get("respin_saving_vs_full_set")).isCloseTo(saving, within(1e-5));
        assertThat((double) x.get("mask_saving_vs_full_set")).isCloseTo(maskSaving, within(1e-5));
    }

    @Test
    void theBaselineAtBatchOneIsThePlatformsRoofline() {
        DesignPoint p = Knobs.KV_LEN.set(Models.llama8b(), 1024);
        for (Platform b : Platform.ALL) {
            assertThat(BaselineCost.decodeTokensPerS(b, p, 1)).isCloseTo(b.generationTokensPerS(p, 1024, 1),
                    within(b.generationTokensPerS(p, 1024, 1) * 1e-12));
            // a batch reads the weights once: never slower; the GPU, bandwidth-bound at batch 1, gains
            assertThat(BaselineCost.decodeTokensPerS(b, p, 8)).isGreaterThanOrEqualTo(BaselineCost.decodeTokensPerS(b, p, 1));
        }
        assertThat(BaselineCost.decodeTokensPerS(Platform.GPU_RTX_4090, p, 8))
                .isGreaterThan(4 * BaselineCost.decodeTokensPerS(Platform.GPU_RTX_4090, p, 1));
    }

    /** RTX 4090, 4 years at 70%: 24,544.8 h; 450 W → 11,045.2 kWh × $0.096 = $1,060.34; + $1,599 over the tokens. */
    @Test
    void aBaselinesCostPerMillionTokensByHand() {
        DesignPoint p = Models.llama3b();
        BaselineCost b = BaselineCost.of(Platform.GPU_RTX_4090, p);
        assertThat(b.energyUsd()).isCloseTo(1060.33536, within(1e-5));
        double tokens = b.tokensPerS() * 3600 * 24_544.8;
        assertThat(b.costPerMtokUsd()).isCloseTo((1599 + 1060.33536) / tokens * 1e6, within(1e-15));
    }

    @Test
    void reloadedWeightsBreakEvenAtAnyCadenceOrNever() {
        DesignPoint p = Knobs.WEIGHT_CELL.set(Models.llama3b(), WeightCell.SRAM.ordinal());
        CostBreakdown b = CostBreakdown.of(p);
        BaselineCost gpu = b.baseline();
        assertThat(b.breakEvenUpdatesPerYear(gpu)).isInfinite();
        assertThat(b.verdict(gpu)).contains("at any update cadence");
        assertThat(b.asMap().get("break_even_updates_per_year")).isNull();
    }
}
