package org.romaexplorer.figures;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.model.DesignPoint;

/** Fig. 2: storage density of every weight cell at the design's node and weight format, Mb/mm² (the inverse of area per bit). */
public final class Fig2Density extends PaperFigure {
    static final String SERIES = "density";
    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final JFreeChart chart;

    public Fig2Density() {
        super("fig2", "Fig 2 Density");
        chart = Bars.chart("Fig. 2 Storage density", Bars.plot(data, "Memory", "Density (Mb/mm²)",
                new Color(44, 160, 44), false));
    }

    @Override
    public JFreeChart chart() { return chart; }

    /** Category label of each design. */
    public static String label(WeightCell d) {
        return d.memory();
    }

    @Override
    protected void fill(DesignPoint base) {
        AreaPower ap = new AreaPower(base.hw(), base.tech(), base.quant());
        for (WeightCell d : WeightCell.values()) {
            data.setValue(1e-6 / ap.memoryMm2PerBit(d), SERIES, label(d));
        }
    }
}
