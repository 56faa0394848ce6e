package org.romaexplorer.ui.designspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;

/** Range and steps → axis values; the progress throttle. */
public class DesignSpaceKnobTest {
    private static DesignSpaceKnob knob(Param k) {
        return DesignSpaceKnob.defaults().stream().filter(d -> d.knob() == k).findFirst().orElseThrow();
    }

    @Test
    void stepsAreEvenlySpacedWholeValuesWithBothEnds() {
        assertThat(knob(Knobs.SRAM_MB).values(32, 512, 16)).startsWith(32, 64, 96).endsWith(480, 512).hasSize(16);
        assertThat(knob(Knobs.CLOCK_MHZ).values(200.4, 999.7, 5)).containsExactly(200, 400, 600, 800, 1000);
    }

    @Test
    void roundingDropsRepeatedValues() {
        assertThat(knob(Knobs.LORA_RANK).values(0, 4, 9)).containsExactly(0, 1, 2, 3, 4);
        assertThat(knob(Knobs.SRAM_MB).values(100, 100, 7)).containsExactly(100);
    }

    @Test
    void bitWidthsTakeTheAllowedValuesInRangeAndIgnoreSteps() {
        assertThat(knob(Knobs.BASE_BITS).values(2, 5, 99)).containsExactly(2, 3, 4);
        assertThat(knob(Knobs.KV_BITS).values(4, 32, 1)).containsExactly(4, 8, 16, 32);
    }

    @Test
    void aRangeWithoutAnAllowedValueIsAnError() {
        assertThatThrownBy(() -> knob(Knobs.BASE_BITS).values(5, 7, 3))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("base_bits");
    }

    @Test
    void progressIsThrottledAndAStoppedRunNeverReports() {
        List<Runnable> posted = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        DesignSpaceProgress p = new DesignSpaceProgress(posted::add, shown::add);
        var report = p.start(100);
        for (int i = 1; i <= 99; i++) {
            report.accept(i);
        }
        report.accept(100);
        assertThat(posted).hasSizeBetween(2, 4); // the first, maybe one 50 ms later, and the last
        posted.forEach(Runnable::run);
        assertThat(shown).endsWith(1.0);
        report.accept(100);
        p.stop();
        shown.clear();
        posted.forEach(Runnable::run);
        assertThat(shown).isEmpty();
    }
}
