package org.romaexplorer.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.model.ChipPower;
import org.romaexplorer.model.DesignPoint;

/**
 * Fig. 11: chip area and peak power by part: L-units (under the design's weight cell), H-units, vector units; each part's power
 * stacked by what it is spent on (ROM read, compute, SRAM/KV, vector, leakage; {@link ChipPower}).
 */
public final class Fig11Breakdown extends PaperFigure {
    static final String AREA = "area", POWER = "power";
    static final String[] KINDS = {"ROM read", "Compute", "SRAM/KV", "Vector", "Leakage"};
    private final DefaultCategoryDataset area = new DefaultCategoryDataset();
    private final DefaultCategoryDataset power = new DefaultCategoryDataset();
    private final JFreeChart chart;

    public Fig11Breakdown() {
        super("fig11", "Fig 11 Breakdown");
        org.jfree.chart.plot.CategoryPlot stacked = Bars.stackedPlot(power, "Peak power (W)");
        chart = Bars.stacked("Fig. 11 Area and power breakdown", "Part", area, stacked, true, true);
        // The paper style's Okabe–Ito colours on screen too (not JFreeChart's saturated defaults, whose yellow
        // "Vector" bar was near invisible); blue is the area's. Each kind's legend entry gives its total, so a
        // kind too small to see (leakage) still says what it is.
        org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r =
                (org.jfree.chart.renderer.category.AbstractCategoryItemRenderer) stacked.getRenderer();
        for (int k = 0; k < KINDS.length; k++) {
            r.setSeriesPaint(k, OkabeIto.color(k + 1));
        }
        r.setLegendItemLabelGenerator((data, row) -> {
            double total = 0;
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number v = data.getValue(row, c);
                total += v == null ? 0 : v.doubleValue();
            }
            return data.getRowKey(row) + " " + BarLabels.format(total) + " W";
        });
        org.jfree.chart.plot.CategoryPlot areaPlot = (org.jfree.chart.plot.CategoryPlot)
                ((org.jfree.chart.plot.CombinedDomainCategoryPlot) chart.getPlot()).getSubplots().get(0);
        ((org.jfree.chart.renderer.category.AbstractCategoryItemRenderer) areaPlot.getRenderer())
                .setLegendItemLabelGenerator((data, row) -> row == 0 ? "Area (mm²)" : data.getRowKey(row) + " (pinned)");
    }

    @Override
    public JFreeChart chart() { return chart; }

    @Override
    protected void fill(DesignPoint base) {
        AreaPower ap = new AreaPower(base.hw(), base.tech(), base.quant());
        WeightCell cell = base.hw().weightCell();
        area.setValue(ap.lUnitAreaMm2(cell), AREA, "L-unit");
        area.setValue(ap.hUnitAreaMm2(), AREA, "H-unit");
        area.setValue(ap.vectorAreaMm2(), AREA, "Vector");
        ChipPower c = new ChipPower(base.hw(), base.tech());
        power(new double[] {c.romReadW(cell), c.lUnitComputeW(), 0, 0, c.lUnitLeakageW(cell)}, "L-unit");
        power(new double[] {0, c.hUnitMacW(), c.sramReadW(), 0, c.hUnitLeakageW()}, "H-unit");
        power(new double[] {0, 0, 0, c.vectorDynamicW(), c.vectorLeakageW()}, "Vector");
    }

    private void power(double[] byKind, String part) {
        for (int k = 0; k < KINDS.length; k++) {
            power.setValue(byKind[k], KINDS[k], part);
        }
    }
}
