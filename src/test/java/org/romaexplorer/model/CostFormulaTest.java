package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost equations against values worked by hand (docs/cost.md). Gross dies and yields: the worked table of the
 * research note (coord/research/nodes-cells-cost.md, section 3c: die area, D₀ → dies, NB α = 3, NB α = 10, Poisson,
 * Murphy, Seeds, to three digits); the rest from the equations with a calculator, the arithmetic in each comment.
 */
class CostFormulaTest {

    /** N = π·150²/A − π·300/√(2A); with a scribe lane s the die is (√a + s)², with edge exclusion e d = 300 − 2e. */
    @ParameterizedTest(name = "{0} mm², scribe {1}, edge {2}: {3}")
    @CsvSource({
        "100, 0, 0, 640.215",  // 706.858 − 66.643 (the research note: 640.2)
        "400, 0, 0, 143.393",  // 176.715 − 33.322 (143.4)
        "815, 0, 0, 63.387",   // 86.731 − 23.344 (63.4)
        "100, 0.2, 0, 614.07", // A = 10.2² = 104.04: 679.41 − 65.34
        "100, 0.2, 3, 588.48", // d = 294: π·147²/104.04 − π·294/√208.08 = 652.49 − 64.03
        "858, 0.1, 5, 54.54"}) // a full reticle field: A = 29.39² = 863.8, d = 290: 76.47 − 21.92
    void grossDiesPerWafer(double die, double scribe, double edge, double dies) {
        assertThat(CostModel.grossDies(die, scribe, edge)).isCloseTo(dies, within(0.006));
    }

    @Test
    void aWaferScaleDieCountsAsOneDie() {
        // 400 cm²: π·150²/40,000 − π·300/√80,000 = 1.77 − 3.33 < 0; the wafer holds it once.
        assertThat(CostModel.grossDies(40_000, 0, 0)).isNegative();
        assertThat(CostModel.diesPerWafer(40_000, 0, 0)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} mm² at D0 {1}")
    @CsvSource({
        "100, 0.10, 0.906, 0.905, 0.905, 0.906, 0.909",
        "400, 0.10, 0.687, 0.676, 0.670, 0.679, 0.714",
        "815, 0.05, 0.682, 0.671, 0.665, 0.675, 0.710",
        "815, 0.10, 0.486, 0.457, 0.443, 0.468, 0.551",
        "815, 0.15, 0.359, 0.316, 0.294, 0.333, 0.450",
        "815, 0.20, 0.272, 0.221, 0.196, 0.243, 0.380"})
    void yieldModels(double die, double d0, double nb3, double nb10, double poisson, double murphy, double seeds) {
        double cm2 = die / 100;
        assertThat(YieldModel.NEGATIVE_BINOMIAL.yield(cm2, d0, 3)).isCloseTo(nb3, within(0.0006));
        assertThat(YieldModel.NEGATIVE_BINOMIAL.yield(cm2, d0, 10)).isCloseTo(nb10, within(0.0006));
        assertThat(YieldModel.POISSON.yield(cm2, d0, 3)).isCloseTo(poisson, within(0.0006));
        assertThat(YieldModel.MURPHY.yield(cm2, d0, 3)).isCloseTo(murphy, within(0.0006));
        assertThat(YieldModel.SEEDS.yield(cm2, d0, 3)).isCloseTo(seeds, within(0.0006));
    }

    @ParameterizedTest(name = "α = {0}")
    @CsvSource({
        "2.5, 0.4939",  // (1 + 0.815/2.5)^−2.5: the pow path
        "1, 0.5510",    // α = 1 is Seeds: 1/1.815
        "8, 0.4602",    // 1.101875^−8: the last multiplied α
        "9, 0.4583"})   // 1.090556^−9: pow again
    void negativeBinomialForAnyAlpha(double alpha, double yield) {
        assertThat(YieldModel.NEGATIVE_BINOMIAL.yield(8.15, 0.1, alpha)).isCloseTo(yield, within(0.00006));
    }

    @Test
    void theYieldModelsAgreeInTheirLimits() {
        assertThat(YieldModel.NEGATIVE_BINOMIAL.yield(8.15, 0.1, 1)).isCloseTo(YieldModel.SEEDS.yield(8.15, 0.1, 0), within(1e-15));
        assertThat(YieldModel.NEGATIVE_BINOMIAL.yield(8.15, 0.1, 1000)).isCloseTo(YieldModel.POISSON.yield(8.15, 0.1, 0), within(2e-4));
        for (YieldModel m : YieldModel.values()) {
            assertThat(m.yield(0, 0.1, 3)).as(m.key()).isEqualTo(1);
        }
    }

    /** 815 mm², D0 0.1, NB α = 3: 63.39 dies × 0.4862 yield; the research note's $303, $551, $649. */
    @ParameterizedTest(name = "wafer ${0}")
    @CsvSource({"9346, 303.21", "16988, 551.14", "20000, 648.86"})
    void dieCost(double wafer, double die) {
        double dies = CostModel.grossDies(815, 0, 0);
        double y = YieldModel.NEGATIVE_BINOMIAL.yield(8.15, 0.1, 3);
        assertThat(CostModel.dieCostUsd(wafer, dies, y)).isCloseTo(die, within(0.006));
    }

    @ParameterizedTest(name = "{0} at {1} nm: {2} masks")
    @CsvSource({
        "SRAM, 7, 0", "ROM, 7, 80", "BROM, 7, 2", "FUSED, 7, 2", "METAL_ROM, 7, 2", "CIROM2T, 7, 6",
        "TERNARY_LOGIC, 7, 80", "FUSED, 65, 2", "ROM, 65, 30", "CIROM2T, 28, 6", "ROM, 3, 80"})
    void masksAModelUpdateChanges(WeightCell cell, int nm, double masks) {
        NodeCost n = NodeCost.of(ProcessNode.of(nm));
        assertThat(CostModel.respinMasks(cell, 2, 6, n.masks())).isEqualTo(masks);
    }

    @ParameterizedTest(name = "{0} of {1} masks, set ${2}, ×{3}: ${4}")
    @CsvSource({
        "2, 80, 10.5e6, 2, 525000",       // 2 × 2 × 10.5 M / 80
        "2, 30, 0.208e6, 2, 27733.33",    // 65 nm: 2 × 2 × 208 k / 30
        "80, 80, 10.5e6, 2, 10.5e6",      // a full set is the set's price, whatever the ratio
        "50, 80, 10.5e6, 5, 10.5e6",      // 50 × 5 / 80 > 1: never more than the set
        "6, 80, 18.1e6, 1, 1357500"})     // 5 nm, average masks: 6 × 18.1 M / 80
    void masksOfAnUpdate(double masks, int setMasks, double setUsd, double ratio, double usd) {
        assertThat(CostModel.respinMaskUsd(masks, setMasks, setUsd, ratio)).isCloseTo(usd, within(0.01));
    }

    @ParameterizedTest(name = "u = {1}, L = {2}: {3} versions")
    @CsvSource({"true, 1, 4, 4", "true, 0.1, 4, 1", "true, 0, 4, 1", "true, 2, 4, 8", "true, 0.5, 3, 1.5",
        "false, 4, 4, 1"})
    void versionsOverTheLife(boolean wired, double u, double life, double versions) {
        assertThat(CostModel.versions(wired, u, life)).isEqualTo(versions);
    }

    @Test
    void nreAndElectricityPerChip() {
        // (99.9 M + 3 × 2.525 M) / (4 × 100,000) chips
        assertThat(CostModel.nrePerChipUsd(99.9e6, 2.525e6, 4, 1e5)).isCloseTo(268.6875, within(1e-9));
        // 8,766 h × 4 years / 4 versions × 0.7 = 6,136.2 h; 33.1 W × 6,136.2 h = 203.108 kWh × $0.08 × 1.2
        double h = CostModel.busyHours(4, 4, 0.7);
        assertThat(h).isCloseTo(6136.2, within(1e-9));
        assertThat(CostModel.energyUsd(33.1, h, 0.08, 1.2)).isCloseTo(19.49838, within(1e-5));
    }

    /**
     * A whole design point at 7 nm with a fused cell and every cost default, its area, power and speed given:
     * 815 mm², 100 W, 1,000 tokens/s. Scribe 0.2, edge 3: A = (28.548 + 0.2)², d = 294 → 59.4235 dies; NB α 3 at
     * 0.09/cm²: (1 + 8.15·0.09/3)^−3 = 0.51882; die 9,346 / (59.4235 · 0.51882) = $303.146, chip + $120 = $423.146.
     * NRE 89.4 M + 10.5 M = $99.9 M; an update 2 × 2 × 10.5 M/80 + 2 M = $2.525 M; 4 versions of 100,000 chips:
     * $268.6875 a chip. Each serves 1 year, 6,136.2 busy hours: 613.62 kWh → $58.9075; 2.20903e10 tokens.
     * (423.146 + 268.6875 + 58.9075) / 22,090.32 Mtok = $0.0339851.
     */
    @Test
    void oneDesignPointWorkedByHand() {
        CostMetrics m = CostModel.metrics(Models.llama3b(), 815, 100, 1000);
        assertThat(m.diesPerWafer()).isCloseTo(59.4235, within(1e-4));
        assertThat(m.dieYield()).isCloseTo(0.518818, within(1e-6));
        assertThat(m.dieCostUsd()).isCloseTo(303.146, within(1e-3));
        assertThat(m.chipCostUsd()).isCloseTo(423.146, within(1e-3));
        assertThat(m.nreUsd()).isCloseTo(99.9e6, within(1e-3));
        assertThat(m.respinMasks()).isEqualTo(2);
        assertThat(m.respinNreUsd()).isCloseTo(2.525e6, within(1e-3));
        assertThat(m.nrePerChipUsd()).isCloseTo(268.6875, within(1e-9));
        assertThat(m.energyPerChipUsd()).isCloseTo(58.90752, within(1e-5));
        assertThat(m.costPerMtokUsd()).isCloseTo(0.0339851, within(1e-7));
    }

    @Test
    void atAnotherNodeThePricesFollowTheTable() {
        // 65 nm: wafer 9,346 × 1,937/9,346; mask set 10.5 M × 0.208/10.5; design 89.4 M × 28/298 = $8.4 M
        DesignPoint p = Models.llama3b().withTech(Models.llama3b().tech().withNode(ProcessNode.N65));
        CostMetrics m = CostModel.metrics(p, 100, 10, 100);
        assertThat(m.nreUsd()).isCloseTo(8.4e6 + 0.208e6, within(1e-3));
        // 2 × 2 × 208 k / 30 + 2 M × 28/298 = 27,733.33 + 187,919.46
        assertThat(m.respinNreUsd()).isCloseTo(215_652.80, within(0.01));
        double y = YieldModel.NEGATIVE_BINOMIAL.yield(1, 0.05, 3);
        assertThat(m.dieCostUsd()).isCloseTo(1937 / (CostModel.grossDies(100, 0.2, 3) * y), within(1e-9));
    }

    @Test
    void reloadedWeightsReSpinNothingAndServeTheWholeLife() {
        DesignPoint p = Models.llama3b().withHw(Models.llama3b().hw().withWeightCell(WeightCell.SRAM));
        CostMetrics m = CostModel.metrics(p, 815, 100, 1000);
        assertThat(m.respinMasks()).isZero();
        assertThat(m.respinNreUsd()).isZero();
        assertThat(m.nrePerChipUsd()).isCloseTo(99.9e6 / 1e5, within(1e-9)); // one version of 100,000 chips
        assertThat(m.energyPerChipUsd()).isCloseTo(4 * 58.90752, within(1e-4)); // four years of electricity
    }
}
