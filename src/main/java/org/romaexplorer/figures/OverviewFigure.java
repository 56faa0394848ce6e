package org.romaexplorer.figures;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/**
 * Overview: where one decode step's time goes at the workload's KV length, µs per token: reading the ROM
 * weights (L-units), vector work, LoRA and attention (H-units).
 */
public final class OverviewFigure extends PaperFigure {
    static final String SERIES = "decode step";
    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final JFreeChart chart;

    public OverviewFigure() {
        super("overview", "Overview");
        chart = Bars.chart("Decode step time by stage (current design)",
                Bars.plot(data, "Stage", "Time per token (µs)", new Color(148, 103, 189), true));
    }

    @Override
    public JFreeChart chart() { return chart; }

    @Override
    protected void fill(DesignPoint base) {
        double[] c = new Performance(base).stageCycles();
        double usPerCycle = 1e6 / base.hw().clockHz();
        data.setValue(c[0] * usPerCycle, SERIES, "ROM weights (L-units)");
        data.setValue(c[1] * usPerCycle, SERIES, "Vector units");
        data.setValue(c[2] * usPerCycle, SERIES, "LoRA (H-units)");
        data.setValue(c[3] * base.workload().kvLen() * usPerCycle, SERIES, "Attention (H-units)");
    }
}
