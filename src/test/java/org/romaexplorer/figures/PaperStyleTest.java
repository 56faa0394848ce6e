package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Models;

/** The paper style: print-sized text, greyscale-safe series, published points told apart per model. */
class PaperStyleTest {
    private static final List<PaperFigure> PAPER = StyledFigures.all(Models.llama3b(), FigureStyle.PAPER, "caption text");

    private static PaperFigure fig(String id) {
        return PAPER.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<XYPlot> xyPlots(JFreeChart c) {
        if (c.getPlot() instanceof CombinedDomainXYPlot p) {
            List<XYPlot> out = new ArrayList<>();
            p.getSubplots().forEach(s -> out.add((XYPlot) s));
            return out;
        }
        return c.getPlot() instanceof XYPlot p ? List.of(p) : List.of();
    }

    @Test
    void everyAxisAndLegendIsEightPointTextAndTheTitleNine() {
        for (PaperFigure f : PAPER) {
            JFreeChart c = f.chart();
            assertThat(c.getTitle().getFont().getSize2D()).as(f.id()).isEqualTo(9f);
            assertThat(c.getLegend() == null || c.getLegend().getItemFont().getSize2D() == 8f).as(f.id()).isTrue();
            for (Object t : c.getSubtitles()) {
                if (t instanceof TextTitle note) {
                    assertThat(note.getFont().getSize2D()).as(f.id() + ": " + note.getText()).isEqualTo(8f);
                }
            }
            for (XYPlot p : xyPlots(c)) {
                for (Axis a : List.of(p.getDomainAxis(), p.getRangeAxis())) {
                    assertThat(List.of(a.getLabelFont(), a.getTickLabelFont())).extracting(Font::getSize2D)
                            .as(f.id()).containsOnly(8f);
                }
            }
        }
    }

    @Test
    void linesOfAPlotDifferInColourAndDashSoTheySurviveGreyscale() {
        for (PaperFigure f : PAPER) {
            for (XYPlot p : xyPlots(f.chart())) {
                XYItemRenderer r = p.getRenderer(0);
                int n = p.getDataset(0).getSeriesCount();
                Set<Color> colours = new HashSet<>();
                Set<Object> dashes = new HashSet<>();
                Set<Object> shapes = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    colours.add((Color) r.getSeriesPaint(i));
                    dashes.add(java.util.Arrays.toString(((java.awt.BasicStroke) r.getSeriesStroke(i)).getDashArray()));
                    shapes.add(r.getSeriesShape(i).getBounds2D().toString() + r.getSeriesShape(i).getClass());
                }
                assertThat(colours).as(f.id()).hasSize(n);
                assertThat(dashes).as(f.id()).hasSize(n);
                assertThat(shapes.size()).as(f.id()).isGreaterThanOrEqualTo(Math.min(n, 2));
            }
        }
    }

    @Test
    void fig9sTwoKPointTakesThe3bLooksNotThe8b() {
        XYPlot p = xyPlots(fig("fig9").chart()).get(0);
        XYSeriesCollection pts = (XYSeriesCollection) p.getDataset(1);
        XYSeriesCollection lines = (XYSeriesCollection) p.getDataset(0);
        int s3 = pts.getSeriesIndex("Llama-3.2-3B (paper)");
        assertThat(pts.getSeries(s3).getX(1)).isEqualTo(2048.0);
        int line3 = lines.getSeriesIndex("ROMA Llama-3.2-3B");
        int line8 = lines.getSeriesIndex("ROMA Llama-3-8B");
        assertThat(p.getRenderer(1).getSeriesPaint(s3)).isEqualTo(p.getRenderer(0).getSeriesPaint(line3))
                .isNotEqualTo(p.getRenderer(0).getSeriesPaint(line8));
        assertThat(p.getRenderer(1).getSeriesShape(s3).getClass()).isEqualTo(p.getRenderer(0).getSeriesShape(line3).getClass());
        assertThat(p.getAnnotations()).anyMatch(a -> a instanceof org.jfree.chart.annotations.XYLineAnnotation);
    }

    @Test
    void aPointAtZeroIsNotCutByTheAxis() {
        XYPlot p = xyPlots(fig("fig10").chart()).get(0);
        p.getRangeAxis().configure();
        assertThat(p.getRangeAxis().getLowerBound()).isNegative();
    }

    @Test
    void captionIsAddedBelowThePlot() {
        List<String> texts = new ArrayList<>();
        for (Object t : fig("fig6").chart().getSubtitles()) {
            if (t instanceof TextTitle tt) {
                texts.add(tt.getText());
            }
        }
        assertThat(texts).contains("caption text");
        assertThat(((Title) fig("fig6").chart().getSubtitles().get(1)).getPosition())
                .isEqualTo(org.jfree.chart.ui.RectangleEdge.BOTTOM);
    }

    @Test
    void screenStyleLeavesTheWindowsLookAndFigures() {
        PaperFigure screen = StyledFigures.one("fig6", Models.llama3b(), FigureStyle.SCREEN, null);
        assertThat(screen.chart().getTitle().getFont()).isEqualTo(JFreeChart.DEFAULT_TITLE_FONT);
        assertThat(screen.chart().getSubtitleCount()).isEqualTo(1); // the legend only
    }

    @ParameterizedTest
    @CsvSource({"0.31907, 0.319", "37.149, 37.1", "145.2, 145", "322.4, 322", "1234.5, '1,235'", "31800, '31,800'", "0, 0"})
    void barLabelsHaveThreeSignificantDigits(double v, String label) {
        assertThat(BarLabels.format(v)).isEqualTo(label);
    }

    @Test
    void breakdownLabelsGiveEachBarsShare() {
        org.jfree.data.category.DefaultCategoryDataset d = new org.jfree.data.category.DefaultCategoryDataset();
        d.setValue(1, "s", "a");
        d.setValue(3, "s", "b");
        assertThat(new BarLabels(true).generateLabel(d, 0, 1)).isEqualTo("3 (75%)");
        assertThat(new BarLabels(false).generateLabel(d, 0, 1)).isEqualTo("3");
    }

    @Test
    void columnWidthsAreThePapersInPoints() {
        assertThat(PaperSize.SINGLE.widthPt()).isEqualTo(252);
        assertThat(PaperSize.DOUBLE.widthPt()).isEqualTo(516);
    }
}
