package org.romaexplorer.figures;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.romaexplorer.model.DesignPoint;

/** A figure of one XY plot: model lines, published points and the current design. */
public abstract class XyFigure extends PaperFigure {
    protected final XyPanel panel;
    private final JFreeChart chart;

    XyFigure(String id, String title, String heading, String xLabel, String yLabel, boolean logY) {
        super(id, title);
        panel = new XyPanel(xLabel, yLabel, logY);
        chart = new JFreeChart(heading, JFreeChart.DEFAULT_TITLE_FONT, panel.plot(), true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(RIGHT_ROOM);
    }

    /** Room right of the plot for half of the last x tick label ("1,000" at SRAM 905 was cut to "1,00"). */
    static final org.jfree.chart.ui.RectangleInsets RIGHT_ROOM = new org.jfree.chart.ui.RectangleInsets(0, 0, 0, 16);

    @Override
    public JFreeChart chart() { return chart; }

    /**
     * The model lines for {@code base}, {xs, ys} by key, in drawing order: pure computation, no chart (the
     * Monte Carlo bands call it once per sample).
     */
    public abstract java.util.Map<String, double[][]> lines(DesignPoint base);

    /** {xs, ys} for x = from, from + step, … ≤ to. */
    protected static double[][] curve(int from, int to, int step, java.util.function.IntToDoubleFunction y) {
        int n = (to - from) / step + 1;
        double[][] c = new double[2][n];
        for (int i = 0; i < n; i++) {
            c[0][i] = from + (double) i * step;
            c[1][i] = y.applyAsDouble(from + i * step);
        }
        return c;
    }

    /** The plot, for tests and exports. */
    public XYPlot plot() { return panel.plot(); }

    /** Shows p5–p95 bands, {xs, p5, p95} by line key ({@link BandSampler}); an empty map hides them. */
    public void setBands(java.util.Map<String, double[][]> byLine) {
        chart.setNotify(false);
        try {
            panel.setBands(byLine);
        } finally {
            chart.setNotify(true);
        }
    }

    /** The bands shown, for tests. */
    public org.jfree.data.xy.YIntervalSeriesCollection bands() { return panel.bands(); }

    /** Where the current-design marker stands on the x axis. */
    public double markerX() { return panel.markerX(); }
}
