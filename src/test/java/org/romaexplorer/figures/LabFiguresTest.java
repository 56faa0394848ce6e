package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.GroupErrors;
import org.romaexplorer.lunit.LUnitAccuracy;
import org.romaexplorer.lunit.LUnitConfig;
import org.romaexplorer.lunit.RomTransistors;
import org.romaexplorer.model.Technology;

/** The L-unit lab's figures hold exactly what the lunit package computes. */
class LabFiguresTest {
    private static final int W = Technology.n7().bromWordBits();

    @Test
    void ratioLineIsTheTransistorCountRatioAndAQuarterPlusAnEighthOverWAtW256() {
        XYSeries s = new LabRomRatioFigure(W).ratioSeries();
        double at256 = s.getY(s.indexOf(256.0)).doubleValue();
        double counted = (double) RomTransistors.blockRom(LabRomRatioFigure.DEPTH, 256)
                / RomTransistors.standard(LabRomRatioFigure.DEPTH, 256);
        assertThat(at256).isEqualTo(counted).isEqualTo((256 + 32) / (4.0 * 256)).isEqualTo(0.28125);
        assertThat(s.getMinX()).isEqualTo(4);
        assertThat(s.getMaxX()).isEqualTo(1024);
    }

    @Test
    void ratioFigureMarksTheQuarterAsymptoteAndTheModelsWidth() {
        LabRomRatioFigure f = new LabRomRatioFigure(W);
        ValueMarker quarter = (ValueMarker) f.plot().getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(quarter.getValue()).isEqualTo(0.25);
        assertThat(quarter.getLabel()).as("named in the legend, not on the plot").isNull();
        assertThat(f.plot().getLegendItems().get(2).getLabel()).contains("1/4");
        XYSeries model = ((XYSeriesCollection) f.plot().getDataset()).getSeries(1);
        assertThat(model.getX(0).doubleValue()).isEqualTo(W);
        assertThat(model.getY(0).doubleValue()).isEqualTo(Technology.n7().bromTransistorRatio());
    }

    @Test
    void snrLinePointIsWhatMeasureGivesForTheSameConfigurationAndSeed() {
        LabSnrFigure f = new LabSnrFigure();
        f.show(LabSnrFigure.sweep(40, 9));
        XYSeries s = ((XYSeriesCollection) f.plot().getDataset(0)).getSeries(LabSnrFigure.key(4,
                ActivationDistribution.OUTLIERS));
        double direct = LUnitAccuracy.measure(LUnitConfig.lossless(4, 12, 128), ActivationDistribution.OUTLIERS, 40, 9)
                .snrDb();
        assertThat(s.getY(s.indexOf(12.0)).doubleValue()).isEqualTo(direct);
        assertThat(s.getItemCount()).isEqualTo(LabSnrFigure.MAX_WIDTH - LabSnrFigure.MIN_WIDTH + 1);
        assertThat(((XYSeriesCollection) f.plot().getDataset(0)).getSeriesCount()).isEqualTo(4);
    }

    @Test
    void snrRisesWithWidthOnEveryLine() {
        for (LabSnrFigure.Curve c : LabSnrFigure.sweep(20, 1)) {
            double[] snr = c.snrDb();
            assertThat(snr[snr.length - 1]).as(c.key()).isGreaterThan(snr[0] + 60);
        }
    }

    @Test
    void histogramCountsAddUpToTheSamplesAndItsBarsHoldThem() {
        GroupErrors g = LUnitAccuracy.measureGroups(LUnitConfig.lossless(2, 10, 128), ActivationDistribution.GAUSSIAN,
                500, 4);
        LogHistogram h = LogHistogram.of(g.relErrors(), LabHistogramFigure.BINS_PER_DECADE);
        assertThat(h.total()).isEqualTo(500);
        LabHistogramFigure f = new LabHistogramFigure();
        f.show(h, g.summary().meanRelError(), g.summary().maxRelError(), "x");
        IntervalXYDataset d = (IntervalXYDataset) f.plot().getDataset();
        double sum = 0;
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                sum += d.getYValue(s, i);
                assertThat(d.getStartXValue(s, i)).isLessThan(d.getEndXValue(s, i));
            }
        }
        assertThat(sum).isEqualTo(500);
    }

    @Test
    void logBinsKeepZerosAndExtremesAndSpanWholeTenthsOfADecade() {
        LogHistogram h = LogHistogram.of(new double[] {0, 1e-4, 1.5e-4, 9.9e-3, Double.POSITIVE_INFINITY}, 10);
        assertThat(h.total()).isEqualTo(5);
        assertThat(h.lower()[0]).isCloseTo(1e-4, within(1e-12));
        assertThat(h.upper()[h.bins() - 1]).isCloseTo(1e-2, within(1e-12));
        assertThat(h.bins()).isEqualTo(20);
        assertThat(h.zeros()).isEqualTo(1);
        assertThat(h.counts()[0]).isEqualTo(1); // 1e-4; 1.5e-4 is above 10^-3.9
        assertThat(h.counts()[1]).isEqualTo(1);
        assertThat(h.counts()[h.bins() - 1]).isEqualTo(2); // 9.9e-3 and +Infinity
        assertThat(LogHistogram.of(new double[] {0, 0}, 10).total()).isEqualTo(2);
    }

    @Test
    void exactGroupsAreCountedApartAndStillAddUp() {
        GroupErrors g = LUnitAccuracy.measureGroups(LUnitConfig.lossless(4, 22, 128), ActivationDistribution.GAUSSIAN,
                300, 2);
        LogHistogram h = LogHistogram.of(g.relErrors(), LabHistogramFigure.BINS_PER_DECADE);
        long exact = Arrays.stream(g.relErrors()).filter(r -> r == 0).count();
        assertThat(exact).isPositive();
        assertThat(h.zeros()).isEqualTo(exact);
        assertThat(h.total()).isEqualTo(300);
    }
}
