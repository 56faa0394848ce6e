package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
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
    private final XYIntervalSeries exact = new XYIntervalSeries("exact (error 0)", false, true);
    private final XYTextAnnotation exactLabel = new XYTextAnnotation("", 1, 0);
    private final ValueMarker mean = marker(new Color(200, 0, 0));
    private final ValueMarker max = marker(Color.DARK_GRAY);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle config = new TextTitle("", new Font("SansSerif", Font.PLAIN, 12));
    private LogHistogram shown;

    public LabHistogramFigure() {
        LogAxis x = new LogAxis("relative error per group (log scale)");
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        java.text.DecimalFormatSymbols e = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        e.setExponentSeparator("e");
        x.setNumberFormatOverride(new java.text.DecimalFormat("0.#E0", e));
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
        data.addSeries(exact);
        r.setSeriesPaint(1, Color.GRAY);
        exactLabel.setFont(new Font("SansSerif", Font.PLAIN, 11));
        exactLabel.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot = new XYPlot(data, x, y, r);
        plot.addAnnotation(exactLabel);
        plot.addDomainMarker(mean);
        plot.addDomainMarker(max);
        // The lines are named in the legend: labels beside them sat on the bars (docs/gui.md, "Charts").
        MarkerLegend names = MarkerLegend.of(plot);
        names.show(mean, "mean");
        names.show(max, "max");
        r.setSeriesVisibleInLegend(0, false);
        r.setSeriesVisibleInLegend(1, false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart("Relative error per group", new Font("SansSerif", Font.BOLD, 14), plot, true);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14));
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(config);
    }

    /** A dashed vertical line; the legend names it. */
    private static ValueMarker marker(Color c) {
        return new ValueMarker(1, c, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {5, 4}, 0));
    }

    public JFreeChart chart() { return chart; }

    public XYPlot plot() { return plot; }

    /** The histogram last shown, or null before the first {@link #show}. */
    public LogHistogram shown() { return shown; }

    /** Shows {@code h} with markers at the mean and max relative error; {@code heading}, under the title, names
     * the configuration. */
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
            showExact(h);
            place(mean, meanRel, h);
            place(max, maxRel, h);
            config.setText(heading);
            shown = h;
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Exact groups (error 0) cannot sit on a log axis: a grey bar one bin-gap left of the lowest bin, labelled
     * "exact", stands for them.
     */
    private void showExact(LogHistogram h) {
        exact.clear();
        double step = h.upper()[0] / h.lower()[0];
        double hi = h.lower()[0] / step;
        double lo = hi / step;
        double mid = Math.sqrt(lo * hi);
        if (h.zeros() > 0) {
            exact.add(mid, lo, hi, h.zeros(), 0, h.zeros());
        }
        exactLabel.setText(h.zeros() > 0 ? "exact" : "");
        // A tooltip makes JFreeChart record the text's box, which an empty text has none of (it then throws).
        exactLabel.setToolTipText(h.zeros() > 0 ? "groups whose error is exactly 0 (no place on a log axis)" : null);
        exactLabel.setX(mid);
        exactLabel.setY(h.zeros());
    }

    /** Markers only for positive values; 0 (every group exact) goes to the first bin's edge. */
    private static void place(ValueMarker m, double v, LogHistogram h) {
        m.setValue(v > 0 && Double.isFinite(v) ? v : h.lower()[0]);
    }
}
