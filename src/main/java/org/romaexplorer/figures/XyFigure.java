package org.romaexplorer.figures;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** A figure of one XY plot: model lines, published points and the current design. */
abstract class XyFigure extends PaperFigure {
    protected final XyPanel panel;
    private final JFreeChart chart;

    XyFigure(String id, String title, String heading, String xLabel, String yLabel, boolean logY) {
        super(id, title);
        panel = new XyPanel(xLabel, yLabel, logY);
        chart = new JFreeChart(heading, JFreeChart.DEFAULT_TITLE_FONT, panel.plot(), true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    @Override
    public JFreeChart chart() { return chart; }

    /** The plot, for tests and exports. */
    public XYPlot plot() { return panel.plot(); }

    /** Where the current-design marker stands on the x axis. */
    public double markerX() { return panel.markerX(); }
}
