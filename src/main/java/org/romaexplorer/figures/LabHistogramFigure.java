package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * L-unit lab: histogram of the per-group relative error |res - ref| / sum_k |a_k (w_k - z) s| of one
 * configuration. The errors span many decades, so the bins are equal on a log scale ({@link LogHistogram},
 * {@value #BINS_PER_DECADE} per decade) and the x axis is logarithmic. Built once; {@link #show} refills it.
 */
public final class LabHistogramFigure {
    public static final int BINS_PER_DECADE = 10;
    private final XYIntervalSeries bars = new XYIntervalSeries("groups", false, true);
    private final ValueMarker mean = marker("mean", new Color(200, 0, 0));
    private final ValueMarker max = marker("max", Color.DARK_GRAY);
    private final XYPlot plot;
    private final JFreeChart chart;
    private LogHistogram shown;

    public LabHistogramFigure() {
        LogAxis x = new LogAxis("relative error per group (log scale)");
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0E0"));
        x.setMinorTickCount(9);
        x.setMinorTickMarksVisible(true);
        NumberAxis y = new NumberAxis("groups");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer r = new XYBarRenderer(0.08);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, XyPanel.LINE_COLORS[0]);
        r.setDefaultToolTipGenerator((ds, s, i) -> String.format("%.2g … %.2g: %,d groups",
                ((XYIntervalSeriesCollection) ds).getStartXValue(s, i),
                ((XYIntervalSeriesCollection) ds).getEndXValue(s, i), (int) ds.getYValue(s, i)));
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        plot = new XYPlot(data, x, y, r);
        plot.addDomainMarker(mean);
        plot.addDomainMarker(max);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart("Per-group relative error", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
    }

    private static ValueMarker marker(String label, Color c) {
        ValueMarker m = new ValueMarker(1, c, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 4}, 0));
        m.setLabel(label);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        m.setLabelPaint(c);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return m;
    }

    public JFreeChart chart() { return chart; }

    public XYPlot plot() { return plot; }

    /** The histogram last shown, or null before the first {@link #show}. */
    public LogHistogram shown() { return shown; }

    /** Shows {@code h} with markers at the mean and max relative error; {@code heading} names the configuration. */
    public void show(LogHistogram h, double meanRel, double maxRel, String heading) {
        chart.setNotify(false);
        try {
            bars.setNotify(false);
            bars.clear();
            double[] lo = h.lower();
            double[] hi = h.upper();
            int[] n = h.counts();
            for (int i = 0; i < n.length; i++) {
                double mid = Math.sqrt(lo[i] * hi[i]);
                bars.add(mid, lo[i], hi[i], n[i], 0, n[i]);
            }
            bars.setNotify(true);
            place(mean, meanRel, h);
            place(max, maxRel, h);
            chart.setTitle(heading);
            shown = h;
        } finally {
            chart.setNotify(true);
        }
    }

    /** Markers only for positive values; 0 (every group exact) goes to the first bin's edge. */
    private static void place(ValueMarker m, double v, LogHistogram h) {
        m.setValue(v > 0 && Double.isFinite(v) ? v : h.lower()[0]);
    }
}
