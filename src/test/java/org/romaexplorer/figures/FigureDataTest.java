package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Performance;

/** Each figure's datasets hold the model's numbers. */
class FigureDataTest {
    private final DesignPoint b3 = Models.llama3b();
    private final DesignPoint b8 = Models.llama8b();

    private static XYSeries line(XYPlot plot, String key) {
        XYSeriesCollection c = (XYSeriesCollection) plot.getDataset(0);
        return c.getSeries(key);
    }

    private static double yAt(XYSeries s, double x) {
        return s.getY(s.indexOf(x)).doubleValue();
    }

    @Test
    void fig10HoldsThePapersSeventhirtySixTokensAt64MbRank16() {
        Fig10MaxTokens f = new Fig10MaxTokens();
        f.update(b3);
        assertThat(yAt(line(f.plot(), Fig10MaxTokens.key(16)), 64)).isEqualTo(736);
        assertThat(f.markerX()).isEqualTo(288);
        assertThat(yAt(line(f.plot(), Fig10MaxTokens.key(64)), 64)).isZero();
    }

    @Test
    void fig6And7LinesAreTheModelsTtftAndDecode() {
        Fig6Prefill f6 = new Fig6Prefill();
        Fig7Decode f7 = new Fig7Decode();
        f6.update(b8);
        f7.update(b8);
        for (DesignPoint p : new DesignPoint[] {b3, b8}) {
            Performance perf = new Performance(p);
            assertThat(yAt(line(f6.plot(), p.model().name()), 4096)).isCloseTo(perf.ttftSeconds(4096) * 1e3, within(1e-9));
            assertThat(yAt(line(f7.plot(), p.model().name()), 1024)).isCloseTo(perf.decodeTokensPerS(1024), within(1e-6));
        }
    }

    @Test
    void fig8UsesTheRankAndFig9TheOutputLength() {
        Fig8Rank f8 = new Fig8Rank();
        f8.update(b3);
        XYPlot top = (XYPlot) ((CombinedDomainXYPlot) f8.chart().getPlot()).getSubplots().get(0);
        Performance r32 = new Performance(b3.withLora(b3.lora().withRank(32)));
        assertThat(yAt(line(top, "Llama-3.2-3B"), 32)).isCloseTo(r32.ttftSeconds(1024) * 1e3, within(1e-9));
        Fig9Generation f9 = new Fig9Generation();
        f9.update(b3);
        assertThat(yAt(line(f9.plot(), "ROMA Llama-3.2-3B"), 256))
                .isCloseTo(Evaluator.evaluate(b3).generationTokensPerS(), within(1e-6));
    }

    @Test
    void barFiguresHoldAreaPowerAndDensity() {
        AreaPower ap = new AreaPower(b3.hw(), b3.tech());
        Fig12LUnit f12 = new Fig12LUnit();
        f12.update(b3);
        CategoryPlot area = (CategoryPlot) ((CombinedDomainCategoryPlot) f12.chart().getPlot()).getSubplots().get(0);
        assertThat(area.getDataset().getValue(Fig11Breakdown.AREA, Fig12LUnit.label(WeightCell.BROM)).doubleValue())
                .isEqualTo(ap.lUnitAreaMm2(WeightCell.BROM));
        Fig11Breakdown f11 = new Fig11Breakdown();
        f11.update(b3);
        CategoryPlot power = (CategoryPlot) ((CombinedDomainCategoryPlot) f11.chart().getPlot()).getSubplots().get(1);
        double stacked = 0;
        for (String kind : Fig11Breakdown.KINDS) {
            stacked += power.getDataset().getValue(kind, "H-unit").doubleValue();
        }
        assertThat(stacked).isCloseTo(ap.hUnitPowerW(), within(1e-9));
        Fig2Density f2 = new Fig2Density();
        f2.update(b3);
        CategoryPlot p2 = (CategoryPlot) f2.chart().getPlot();
        assertThat(p2.getDataset().getValue(Fig2Density.SERIES, "SRAM").doubleValue())
                .isCloseTo(1e-6 / ap.sramMm2PerBit(), within(1e-9));
    }

    @Test
    void updatingTwiceKeepsTheSameSeriesCount() {
        Fig6Prefill f = new Fig6Prefill();
        f.update(b3);
        f.update(b3.withLora(b3.lora().withRank(32)));
        assertThat(((XYSeriesCollection) f.plot().getDataset(0)).getSeriesCount()).isEqualTo(2);
    }

    @Test
    void publishedPointsOfTheReportAppearWithTheirTooltip() {
        Fig10MaxTokens f = new Fig10MaxTokens();
        f.setPublished(PublishedPoint.of(org.romaexplorer.report.PaperReport.rows()));
        f.update(b3);
        XYSeriesCollection pts = (XYSeriesCollection) f.plot().getDataset(1);
        assertThat(pts.getSeries(0).getKey()).isEqualTo("rank 16 (paper)");
        assertThat(pts.getSeries(0).getItemCount()).isEqualTo(2);
        assertThat(pts.getSeries(1).getKey()).isEqualTo("rank 64 (paper)");
        assertThat(pts.getSeries(1).getItemCount()).isEqualTo(1);
        assertThat(f.plot().getRenderer(1).getDefaultToolTipGenerator().generateToolTip(pts, 0, 0))
                .contains("published 736, modeled 736 tokens (+0.0%)");
        f.update(b8);
        assertThat(pts.getSeries()).noneMatch(s -> s instanceof PublishedSeries);
    }

    @Test
    void eachModelsPublishedPointsTakeThatModelsLineColour() {
        Fig9Generation f = new Fig9Generation();
        f.setPublished(PublishedPoint.of(org.romaexplorer.report.PaperReport.rows()));
        f.update(b3);
        XYSeriesCollection pts = (XYSeriesCollection) f.plot().getDataset(1);
        XYSeriesCollection lines = (XYSeriesCollection) f.plot().getDataset(0);
        for (int s = 0; s < pts.getSeriesCount(); s++) {
            if (pts.getSeries(s) instanceof PublishedSeries ps) {
                int line = ps.lineIndex(f.panel.lineKeys());
                assertThat(line).as(ps.getKey().toString()).isNotNegative();
                assertThat(f.plot().getRenderer(1).getSeriesPaint(s)).as(ps.getKey().toString())
                        .isEqualTo(f.plot().getRenderer(0).getSeriesPaint(line));
                assertThat(lines.getSeriesKey(line).toString()).contains(ps.point(0).series());
            }
        }
    }
}
