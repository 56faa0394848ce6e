package org.romaexplorer.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.model.DesignPoint;

/** Fig. 12: area and peak power of all L-units under the four designs (storage of the whole ROM + compute). */
public final class Fig12LUnit extends PaperFigure {
    private final DefaultCategoryDataset area = new DefaultCategoryDataset();
    private final DefaultCategoryDataset power = new DefaultCategoryDataset();
    private final JFreeChart chart;

    public Fig12LUnit() {
        super("fig12", "Fig 12 L-unit");
        chart = Bars.areaPower("Fig. 12 L-unit area and power by design", "Design", area, power, false);
    }

    @Override
    public JFreeChart chart() { return chart; }

    /** Category label of each design, as the paper names it. */
    public static String label(WeightCell d) {
        return d.label();
    }

    @Override
    protected void fill(DesignPoint base) {
        AreaPower ap = new AreaPower(base.hw(), base.tech(), base.quant());
        for (WeightCell d : WeightCell.values()) {
            area.setValue(ap.lUnitAreaMm2(d), Fig11Breakdown.AREA, label(d));
            power.setValue(ap.lUnitPowerW(d), Fig11Breakdown.POWER, label(d));
        }
    }
}
