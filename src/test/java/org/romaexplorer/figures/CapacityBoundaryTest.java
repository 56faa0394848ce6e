package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Performance;

/** Figs. 7, 9 and 10 continue past the SRAM's capacity under the policy, with the boundary marked. */
class CapacityBoundaryTest {
    private final DesignPoint small = Knobs.SRAM_MB.set(Models.llama3b(), 160); // holds 2,304 tokens

    private static XYSeries line(XyFigure f, String key) {
        return ((XYSeriesCollection) f.plot().getDataset(0)).getSeries(key);
    }

    @Test
    void fig7MarksTheCapacityAndRunsPastItUnderSpill() {
        DesignPoint spill = Knobs.KV_OVERFLOW.set(small, 1);
        long cap = new Performance(spill).capacityTokens();
        Fig7Decode f = new Fig7Decode();
        f.update(spill);
        assertThat(f.capacityX()).isEqualTo(cap);
        XYSeries s = line(f, "Llama-3.2-3B");
        assertThat(s.getMaxX()).isGreaterThanOrEqualTo(4096);
        double past = s.getY(s.indexOf(4096.0)).doubleValue();
        assertThat(past).isCloseTo(new Performance(spill).decodeTokensPerS(4096), within(1e-6))
                .isLessThan(new Performance(small).decodeTokensPerS(4096));
    }

    @Test
    void fig7ExtendsItsAxisWhenTheCapacityIsBeyond4k() {
        Fig7Decode f = new Fig7Decode();
        DesignPoint big = Knobs.SRAM_MB.set(Models.llama3b(), 512);
        f.update(big);
        long cap = new Performance(big).capacityTokens();
        assertThat(cap).isGreaterThan(4096);
        assertThat(f.capacityX()).isEqualTo(cap);
        assertThat(line(f, "Llama-3.2-3B").getMaxX()).isGreaterThan(cap);
    }

    @Test
    void fig9MarksWhereInputPlusOutputFillsTheSram() {
        Fig9Generation f = new Fig9Generation();
        DesignPoint p = Knobs.OUTPUT_LEN.set(small, 1024);
        f.update(p);
        double boundary = new Performance(p).capacityTokens() - 1024;
        assertThat(f.plot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).anySatisfy(
                m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(boundary));
    }

    @Test
    void fig9SaysSoWhenTheWholeRangeIsPastTheCapacity() {
        Fig9Generation f = new Fig9Generation();
        f.update(Knobs.KV_OVERFLOW.set(small, 1)); // 2,304 tokens < 256 + 4,096
        assertThat(f.plot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).anySatisfy(m ->
                assertThat(((ValueMarker) m).getValue()).isEqualTo(256));
        assertThat(f.capacityText()).startsWith("SRAM full before input 256 (+ 4,096 output): at every point the KV"
                + " that does not fit is read from DRAM (spill)");
    }

    @Test
    void fig10MarksTheWorkloadsContext() {
        Fig10MaxTokens f = new Fig10MaxTokens();
        f.update(small);
        assertThat(f.plot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).anySatisfy(
                m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(256 + 4096));
    }
}
