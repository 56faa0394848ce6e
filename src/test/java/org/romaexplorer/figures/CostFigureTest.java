package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.BaselineCost;
import org.romaexplorer.model.CostBreakdown;
import org.romaexplorer.model.CostKnobs;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.uncertainty.MonteCarlo;

/** The Cost figure draws the cost breakdown's numbers, updates in place, and has bands. */
class CostFigureTest {

    static XYPlot plot(CostFigure f, int i) {
        return (XYPlot) ((CombinedDomainXYPlot) f.chart().getPlot()).getSubplots().get(i);
    }

    static XYSeries series(XYPlot plot, int dataset, String key) {
        return ((XYSeriesCollection) plot.getDataset(dataset)).getSeries(key);
    }

    /** The current design's dot: (volume, value). */
    static double[] dot(CostFigure f, int panel) {
        XYSeries s = series(plot(f, panel), 1, panel == 0 ? "current design" : "this design, one chip");
        return new double[] {s.getX(0).doubleValue(), s.getY(0).doubleValue()};
    }

    @Test
    void linesAndDotsAreTheBreakdownsNumbers() {
        DesignPoint p = Models.llama3b();
        CostFigure f = new CostFigure();
        f.update(p);
        CostBreakdown b = CostBreakdown.of(p);
        assertThat(dot(f, 0)).containsExactly(1e5, Evaluator.evaluate(p).cost().costPerMtokUsd());
        assertThat(dot(f, 1)[1]).isEqualTo((double) b.asMap().get("cost_per_chip_usd"));
        XYPlot top = plot(f, 0);
        XYSeries yearly = series(top, 0, CostFigure.cadenceKey(1));
        int at = yearly.indexOf(1e5);
        assertThat(at).as("10^5 is on the grid").isNotNegative();
        assertThat(yearly.getY(at).doubleValue()).isCloseTo(b.metrics().costPerMtokUsd(), within(1e-15));
        BaselineCost gpu = b.baseline();
        XYSeries flat = series(top, 0, CostFigure.baselineKey(gpu));
        assertThat(flat.getMinY()).isEqualTo(gpu.costPerMtokUsd()).isEqualTo(flat.getMaxY());
        XYSeries never = series(top, 0, "ROM, never updated");
        XYSeries quarterly = series(top, 0, CostFigure.cadenceKey(4));
        for (int i = 0; i < never.getItemCount(); i++) {
            assertThat(quarterly.getY(i).doubleValue()).isGreaterThan(never.getY(i).doubleValue());
            if (i > 0) {
                assertThat(never.getY(i).doubleValue()).as("falls with volume").isLessThan(never.getY(i - 1).doubleValue());
            }
        }
        XYSeries nre = series(plot(f, 1), 0, "NRE share");
        assertThat(nre.getY(nre.indexOf(1e5)).doubleValue()).isCloseTo(b.metrics().nrePerChipUsd(), within(1e-9));
        assertThat(series(plot(f, 1), 0, "Test and package").getMaxY()).isEqualTo(120);
    }

    @Test
    void anUpdateRefillsTheSameChartInPlace() {
        CostFigure f = new CostFigure();
        f.update(Models.llama3b());
        var chart = f.chart();
        XYSeries yearly = series(plot(f, 0), 0, CostFigure.cadenceKey(1));
        double before = yearly.getY(0).doubleValue();
        f.update(CostKnobs.WAFER_USD.set(Models.llama3b(), 20_000));
        assertThat(f.chart()).isSameAs(chart);
        assertThat(series(plot(f, 0), 0, CostFigure.cadenceKey(1))).isSameAs(yearly);
        assertThat(yearly.getY(0).doubleValue()).isGreaterThan(before);
        f.update(CostKnobs.VOLUME.set(Models.llama3b(), 2_000));
        assertThat(dot(f, 0)[0]).isEqualTo(2_000);
        assertThat(f.markerX()).isEqualTo(2_000);
    }

    @Test
    void reloadedWeightsDrawOneCostWhateverTheCadence() {
        CostFigure f = new CostFigure();
        f.update(Knobs.WEIGHT_CELL.set(Models.llama3b(), WeightCell.SRAM.ordinal()));
        XYSeries never = series(plot(f, 0), 0, "ROM, never updated");
        XYSeries quarterly = series(plot(f, 0), 0, CostFigure.cadenceKey(4));
        for (int i = 0; i < never.getItemCount(); i++) {
            assertThat(quarterly.getY(i)).isEqualTo(never.getY(i));
        }
    }

    @Test
    void bandsSurroundTheCadenceLines() {
        List<DesignPoint> samples = MonteCarlo.samples(Models.llama3b(), 100, MonteCarlo.SEED);
        Map<String, double[][]> bands = BandSampler.bands("cost", samples);
        assertThat(bands).containsKeys(CostFigure.cadenceKey(0), CostFigure.cadenceKey(1), "RTX 4090");
        double[][] yearly = bands.get(CostFigure.cadenceKey(1));
        double line = CostBreakdown.of(Models.llama3b()).costPerMtokUsd(yearly[0][30], 1);
        assertThat(yearly[1][30]).isLessThan(line);
        assertThat(yearly[2][30]).isGreaterThan(line);
        assertThat(yearly[2][30] / yearly[1][30]).as("prices are soft: a wide band").isGreaterThan(1.5);
    }

    @Test
    void theCsvHoldsBothPanelsAndThePaperStyleKeepsThem() throws Exception {
        PaperFigure f = StyledFigures.one("cost", Models.llama3b(), FigureStyle.PAPER, "caption");
        StringWriter w = new StringWriter();
        ChartCsv.write(f.chart(), w);
        String csv = w.toString();
        assertThat(csv).startsWith("quantity,series,Chips per model (log),value")
                .contains("USD per million tokens (log),\"ROM, 1 update a year\",100000,")
                .contains("USD per chip (log),NRE share,").contains("RTX 4090");
    }
}
