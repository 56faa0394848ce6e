package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.romaexplorer.model.WeightCell;

/** Fig. 12's ordering and Fig. 2's density ordering follow from the model, not from inputs. */
class AreaPowerTest {
    private final AreaPower ap = new AreaPower(Hardware.roma(), Technology.n7());

    @Test
    void eachLUnitOptimizationShrinksAreaAndPower() {
        WeightCell[] order = {WeightCell.SRAM, WeightCell.ROM, WeightCell.BROM, WeightCell.FUSED};
        for (int i = 1; i < order.length; i++) {
            assertThat(ap.lUnitAreaMm2(order[i])).as(order[i].name()).isLessThan(ap.lUnitAreaMm2(order[i - 1]));
            assertThat(ap.lUnitPowerW(order[i])).as(order[i].name()).isLessThan(ap.lUnitPowerW(order[i - 1]));
        }
    }

    @Test
    void romIsDenserThanSramAndBromDenserThanRom() {
        assertThat(ap.memoryMm2PerBit(WeightCell.ROM)).isLessThan(ap.memoryMm2PerBit(WeightCell.SRAM));
        assertThat(ap.memoryMm2PerBit(WeightCell.BROM)).isLessThan(ap.memoryMm2PerBit(WeightCell.ROM));
    }

    @Test
    void lUnitsAndHUnitsDominateTheChip() {
        double l = ap.lUnitAreaMm2(WeightCell.FUSED);
        double h = ap.hUnitAreaMm2();
        assertThat(Math.min(l, h)).isGreaterThan(ap.vectorAreaMm2());
        assertThat(l + h + ap.vectorAreaMm2()).isCloseTo(ap.chipAreaMm2(), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void moreSramMeansMoreArea() {
        Hardware big = Hardware.roma().withSramBytes(Hardware.roma().sramBytes() * 2);
        assertThat(new AreaPower(big, Technology.n7()).chipAreaMm2()).isGreaterThan(ap.chipAreaMm2());
    }
}
