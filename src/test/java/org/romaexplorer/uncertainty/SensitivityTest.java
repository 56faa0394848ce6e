package org.romaexplorer.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.ChipPower;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Range;
import org.romaexplorer.model.Metric;

class SensitivityTest {
    private static final DesignPoint B3 = Models.llama3b();

    @Test
    void everyConstantIsListedOnceSortedBySwing() {
        List<Sensitivity.Swing> s = Sensitivity.run(B3, Metric.POWER_W);
        assertThat(s).extracting(Sensitivity.Swing::key)
                .containsExactlyInAnyOrderElementsOf(Params.uncertain().stream().map(Param::key).toList());
        for (int i = 1; i < s.size(); i++) {
            assertThat(s.get(i).swing()).isLessThanOrEqualTo(s.get(i - 1).swing());
        }
    }

    @Test
    void everyConstantHasARangeThatHoldsItsValueAndFollowsItsProvenance() {
        for (Param c : Params.uncertain()) {
            Range r = Ranges.of(c.key());
            assertThat(r.nominal()).as(c.key()).isEqualTo(c.value());
            assertThat(r.low()).as(c.key()).isLessThanOrEqualTo(c.value());
            assertThat(r.high()).as(c.key()).isGreaterThanOrEqualTo(c.value());
            if (c.calibrated()) {
                assertThat(r.basis()).as(c.key()).isEqualTo(Range.Basis.CALIBRATED_LOO);
            } else if (c.source().startsWith("paper")) {
                assertThat(r.basis()).as(c.key()).isEqualTo(Range.Basis.PAPER_ROUNDING);
            } else {
                assertThat(r.basis()).as(c.key()).isNotIn(Range.Basis.PAPER_ROUNDING, Range.Basis.CALIBRATED_LOO);
            }
        }
    }

    /** Dynamic power is proportional to the energy scale, leakage is not: P(s) = (P − leak)·s/s₀ + leak. */
    @Test
    void energyScaleSwingByHand() {
        ChipPower c = new ChipPower(B3.hw(), B3.tech());
        Range r = Ranges.of("energy_scale");
        double dynamic = c.chipW() - c.leakageW();
        Sensitivity.Swing s = Sensitivity.run(B3, Metric.POWER_W).stream().filter(x -> x.key().equals("energy_scale"))
                .findFirst().orElseThrow();
        assertThat(s.atLow()).isCloseTo(dynamic * r.lowFactor() + c.leakageW(), within(1e-9));
        assertThat(s.atHigh()).isCloseTo(dynamic * r.highFactor() + c.leakageW(), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"sram_mb, 64", "clock_mhz, 800"})
    void rangesApplyAsFactorsOfTheDesignsOwnValue(String key, double value) {
        Param b = Params.of(key);
        DesignPoint p = b.set(B3, value);
        Sensitivity.Swing s = Sensitivity.run(p, Metric.AREA_MM2).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        assertThat(s.lowValue()).isCloseTo(value * Ranges.of(key).lowFactor(), within(1e-9));
        assertThat(s.highValue()).isCloseTo(value * Ranges.of(key).highFactor(), within(1e-9));
    }

    @Test
    void everyBindingReadsBackWhatItWrites() {
        for (Param b : Params.uncertain()) {
            double v = b.get(B3);
            assertThat(v).as(b.key()).isCloseTo(b.value(), within(Math.abs(v) * 1e-6 + 1e-9));
            double moved = b.key().equals("num_cgen") || b.key().equals("brom_word_bits") ? v * 2 : v * 0.9;
            assertThat(b.get(b.set(B3, moved))).as(b.key()).isCloseTo(moved, within(Math.abs(moved) * 1e-6));
        }
    }
}
