package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Performance;

/** Pinned designs drawn over every figure: dashed, in the pin's colour, computed for the pinned design. */
class PinOverlayTest {
    private final DesignPoint current = Models.llama3b();
    private final Pins pins = Pins.NONE.with(Knobs.CLOCK_MHZ.set(current, 250)).with(Knobs.SRAM_MB.set(current, 576));

    static List<PaperFigure> figures() { return Figures.all(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void everyFigureShowsEachPinAndDropsThemWhenUnpinned(PaperFigure f) {
        f.setPins(pins.list());
        f.update(current);
        for (Plot p : ChartCsv.leaves(f.chart().getPlot())) {
            boolean stacked = p instanceof CategoryPlot c && c.getRenderer() instanceof org.jfree.chart.renderer.category.StackedBarRenderer;
            assertThat(seriesNames(p)).as("pins on every plot but a stacked one")
                    .containsAll(stacked ? List.of() : List.of("A", "B"));
        }
        f.chart().createBufferedImage(800, 600, BufferedImage.TYPE_INT_RGB, null); // draws without error
        f.setPins(List.of());
        f.update(current);
        for (Plot p : ChartCsv.leaves(f.chart().getPlot())) {
            assertThat(seriesNames(p)).doesNotContain("A", "B");
        }
    }

    @Test
    void fig7DrawsThePinnedClocksDecodeLineDashedInItsColour() {
        Fig7Decode f = new Fig7Decode();
        f.setPins(pins.list());
        f.update(current);
        XYPlot plot = f.plot();
        XYSeriesCollection overlay = (XYSeriesCollection) plot.getDataset(PinOverlay.XY_DATASET);
        double slower = new Performance(pins.get(0).design()).decodeTokensPerS(1024);
        assertThat(overlay.getSeries("A").getY(overlay.getSeries("A").indexOf(1024.0)).doubleValue()).isEqualTo(slower);
        XYItemRenderer r = plot.getRenderer(PinOverlay.XY_DATASET);
        int a = overlay.getSeriesIndex("A");
        assertThat(r.getSeriesPaint(a)).isEqualTo(PinColours.of(0));
        assertThat(r.getSeriesStroke(a)).isEqualTo(PinOverlay.DASHED);
        assertThat(overlay.getSeries("A (design)").getItemCount()).isEqualTo(1);
    }

    @Test
    void fig11AddsARowOfBarsPerPinAndALegend() {
        Fig11Breakdown f = new Fig11Breakdown();
        f.setPins(pins.list());
        f.update(Knobs.SRAM_MB.set(current, 64));
        CategoryPlot area = (CategoryPlot) ChartCsv.leaves(f.chart().getPlot()).get(0);
        assertThat(area.getDataset().getRowKeys()).extracting(Object::toString).containsExactly(Fig11Breakdown.AREA, "A", "B");
        CategoryPlot power = (CategoryPlot) ChartCsv.leaves(f.chart().getPlot()).get(1);
        assertThat(power.getDataset().getRowKeys()).as("stacked: no pin rows").noneMatch(k -> k instanceof PinBars.PinRow);
        f.setPins(pins.list().subList(1, 2));
        f.update(current);
        assertThat(area.getDataset().getRowKeys()).extracting(Object::toString).containsExactly(Fig11Breakdown.AREA, "B");
    }

    private static List<String> seriesNames(Plot p) {
        if (p instanceof CategoryPlot c) {
            CategoryDataset d = c.getDataset();
            return d.getRowKeys().stream().map(Object::toString).toList();
        }
        XYPlot xy = (XYPlot) p;
        XYSeriesCollection d = (XYSeriesCollection) xy.getDataset(PinOverlay.XY_DATASET);
        return d == null ? List.of() : d.getSeries().stream().map(s -> ((org.jfree.data.xy.XYSeries) s).getKey().toString()).toList();
    }
}
