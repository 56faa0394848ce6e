package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Process nodes, weight cells and the KV store against hand-derived values (docs/model.md, "Template"). */
class TemplateTest {
    private static final DesignPoint B3 = Models.llama3b();

    private static DesignPoint at(ProcessNode n, WeightCell c) {
        return B3.withTech(B3.tech().withNode(n)).withHw(B3.hw().withWeightCell(c));
    }

    @Test
    void sevenNanometresFusedIsTheReferenceDesignExactly() {
        assertThat(at(ProcessNode.N7, WeightCell.FUSED)).isEqualTo(B3);
        assertThat(ProcessNode.N7.cellScale()).isEqualTo(1.0);
        assertThat(ProcessNode.N7.logicScale()).isEqualTo(1.0);
        assertThat(ProcessNode.N7.energyScale()).isEqualTo(1.0);
    }

    /** SRAM macro per bit = cell(node) / η: 0.525/0.7 = 0.75 µm² at 65 nm, 0.021/0.7 = 0.03 at 5 nm. */
    @ParameterizedTest(name = "{0} nm")
    @CsvSource({"65, 0.75, 0.034268", "28, 0.181429, 0.158879", "16, 0.105714, 0.300104", "12, 0.105714, 0.374870",
        "7, 0.0385714, 1", "6, 0.0385714, 1.185877", "5, 0.03, 1.435099", "3, 0.03, 2.294912"})
    void nodesScaleCellsAndLogicByTheirTables(int nm, double sramUm2PerBit, double densityRatio) {
        ProcessNode n = ProcessNode.of(nm);
        AreaPower ap = new AreaPower(B3.hw(), B3.tech().withNode(n));
        assertThat(ap.sramMm2PerBit() * 1e6).isCloseTo(sramUm2PerBit, within(1e-6));
        assertThat(1 / n.logicScale()).isCloseTo(densityRatio, within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ProcessNode.class)
    void everyNodeAndCellGivesFiniteMetricsAndKeepsFig12sOrder(ProcessNode n) {
        for (WeightCell c : WeightCell.values()) {
            for (KvStore k : KvStore.values()) {
                DesignPoint p = at(n, c).withHw(at(n, c).hw().withKvStore(k));
                Map<String, Object> m = Evaluator.evaluate(p).asMap();
                m.values().stream().filter(v -> v instanceof Double).forEach(v -> assertThat((Double) v).isFinite());
            }
        }
        AreaPower ap = new AreaPower(B3.hw(), B3.tech().withNode(n));
        WeightCell[] order = {WeightCell.SRAM, WeightCell.ROM, WeightCell.BROM, WeightCell.FUSED};
        for (int i = 1; i < order.length; i++) {
            assertThat(ap.lUnitAreaMm2(order[i])).as("%s < %s at %d nm", order[i], order[i - 1], n.nm())
                    .isLessThan(ap.lUnitAreaMm2(order[i - 1]));
            assertThat(ap.lUnitPowerW(order[i])).isLessThan(ap.lUnitPowerW(order[i - 1]));
        }
    }

    /** BitROM's 4,967 kB/mm² at 65 nm (2-bit codes) is what cirom_to_sram was fitted to. */
    @Test
    void ciromAtSixtyFiveNanometresIsBitRomsDensity() {
        AreaPower ap = new AreaPower(B3.hw(), B3.tech().withNode(ProcessNode.N65));
        double kBPerMm2 = 1 / ap.memoryMm2PerBit(WeightCell.CIROM2T) / 8 / 1000;
        assertThat(kBPerMm2).isCloseTo(4967, within(1.0));
    }

    /** A check, not a fit: 65 nm ROM at 1/3 of a 0.525 µm² cell over η = 0.7 is 4.0 Mb/mm²; Yin et al. (JSSC 2024) report 3,984 kb/mm². */
    @Test
    void romAtSixtyFiveNanometresIsNearAPublishedRomMacro() {
        AreaPower ap = new AreaPower(B3.hw(), B3.tech().withNode(ProcessNode.N65));
        double mbPerMm2 = 1 / ap.memoryMm2PerBit(WeightCell.ROM) / 1e6;
        assertThat(mbPerMm2).isCloseTo(4.0, within(1e-9)).isCloseTo(3.984, within(3.984 * 0.05));
    }

    /** TOM's 15.0 MB/mm² at a 70% zero-bit ratio: ternary 2-bit codes with 40% zero weights have (1 − 0.4)/2 = 30% ones. */
    @Test
    void logicRomAtSeventyPercentZeroBitsIsTomsDensity() {
        Quantization q = B3.quant().withPacking(WeightPacking.TERNARY_2BIT).withZeroFraction(0.4);
        AreaPower ap = new AreaPower(B3.hw(), B3.tech(), q);
        double mibPerMm2 = 1 / ap.memoryMm2PerBit(WeightCell.TERNARY_LOGIC) / 8 / Constants.MIB;
        assertThat(mibPerMm2).isCloseTo(15.0, within(0.01));
        assertThat(WeightPacking.TERNARY_2BIT.onesFraction(0.31)).isCloseTo(0.345, within(1e-12));
    }

    @Test
    void aMetalRomHasTheRomsAreaAndPower() {
        AreaPower ap = new AreaPower(B3.hw(), B3.tech());
        assertThat(ap.lUnitAreaMm2(WeightCell.METAL_ROM)).isEqualTo(ap.lUnitAreaMm2(WeightCell.ROM));
        assertThat(ap.lUnitPowerW(WeightCell.METAL_ROM)).isEqualTo(ap.lUnitPowerW(WeightCell.ROM));
    }

    /**
     * eDRAM at 65 nm: 0.45 of the SRAM cell; refresh power = bits × 0.021 pJ × 35.2 (65 nm energy) × energy scale
     * 1.9533 / 40 µs: 2,415,919,104 bits → 87.2 W at 288 MiB.
     */
    @Test
    void edramIsDenserAndRefreshedInsteadOfLeaking() {
        Hardware hw = B3.hw().withKvStore(KvStore.EDRAM);
        Technology t = B3.tech().withNode(ProcessNode.N65);
        AreaPower sram = new AreaPower(B3.hw(), t);
        AreaPower edram = new AreaPower(hw, t);
        assertThat(edram.kvStoreMm2PerBit() / sram.kvStoreMm2PerBit()).isCloseTo(0.45, within(1e-12));
        double bits = 288 * Constants.MIB * 8;
        double refresh = bits * 0.021e-12 * 35.2 * Constants.ENERGY_SCALE.value() / 40e-6;
        assertThat(new ChipPower(hw, t).hUnitLeakageW()).isCloseTo(refresh, within(refresh * 1e-9));
    }

    @Test
    void theAreaPartsSumToTheChipArea() {
        for (WeightCell c : WeightCell.values()) {
            Metrics m = Evaluator.evaluate(at(ProcessNode.N5, c));
            AreaBreakdown a = m.area();
            assertThat(a.weightMemory() + a.lLogic() + a.loraKvMemory() + a.hLogic() + a.intermediateSram()
                    + a.vectorLogic()).isEqualTo(m.areaMm2());
        }
    }

    /** At ROMA's design the L-units are the largest part (Sec. III-A), the vector units the smallest (Fig. 11). */
    @Test
    void theLUnitsAreTheLargestPart() {
        AreaBreakdown a = Evaluator.evaluate(B3).area();
        assertThat(a.lUnits()).isGreaterThan(a.hUnits()).isGreaterThan(a.vectorUnits());
    }
}
