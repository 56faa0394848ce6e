package org.romaexplorer.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.AreaPower.LUnitDesign;
import org.romaexplorer.model.DesignPoint;

/** Fig. 11: chip area and peak power by part: L-units (fused cell), H-units, vector units. */
public final class Fig11Breakdown extends PaperFigure {
    static final String AREA = "area", POWER = "power";
    private final DefaultCategoryDataset area = new DefaultCategoryDataset();
    private final DefaultCategoryDataset power = new DefaultCategoryDataset();
    private final JFreeChart chart;

    public Fig11Breakdown() {
        super("fig11", "Fig 11 Breakdown");
        chart = Bars.areaPower("Fig. 11 Area and power breakdown", "Part", area, power, true);
    }

    @Override
    public JFreeChart chart() { return chart; }

    @Override
    protected void fill(DesignPoint base) {
        AreaPower ap = new AreaPower(base.hw(), base.tech());
        area.setValue(ap.lUnitAreaMm2(LUnitDesign.FUSED), AREA, "L-unit");
        area.setValue(ap.hUnitAreaMm2(), AREA, "H-unit");
        area.setValue(ap.vectorAreaMm2(), AREA, "Vector");
        power.setValue(ap.lUnitPowerW(LUnitDesign.FUSED), POWER, "L-unit");
        power.setValue(ap.hUnitPowerW(), POWER, "H-unit");
        power.setValue(ap.vectorPowerW(), POWER, "Vector");
    }
}
