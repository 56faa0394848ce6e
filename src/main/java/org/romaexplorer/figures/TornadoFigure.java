package org.romaexplorer.figures;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.uncertainty.Sensitivity.Swing;

/**
 * A tornado chart: for the largest swings of one metric, the change from the design's value with the
 * constant at the low end (blue) and at the high end (orange) of its range, largest first from the top.
 * Built once; {@link #show} refills it in place.
 */
public final class TornadoFigure {
    public static final String LOW = "constant at low end", HIGH = "constant at high end";
    /** Bars shown: the rest swing less than the last one shown. */
    public static final int BARS = 14;
    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final NumberAxis axis = new NumberAxis("Change");
    private final JFreeChart chart;

    public TornadoFigure() {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0);
        r.setSeriesPaint(0, new Color(31, 119, 180));
        r.setSeriesPaint(1, new Color(255, 127, 14));
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", new java.text.DecimalFormat("+#,##0.####;-#,##0.####")));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), axis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new java.awt.BasicStroke(1f)));
        chart = new JFreeChart("Sensitivity", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    public JFreeChart chart() { return chart; }

    /** Shows {@code swings} (sorted, largest first) as changes of {@code metric} from {@code base}, by key. */
    public void show(String metric, double base, List<Swing> swings) {
        show(metric, "", base, swings, s -> s.key());
    }

    /**
     * Shows {@code swings} (sorted, largest first) as changes of {@code metric} (in {@code unit}) from {@code base};
     * each bar is named by {@code name} (the window's readable names: "SRAM read energy (fJ/bit)").
     */
    public void show(String metric, String unit, double base, List<Swing> swings,
                     java.util.function.Function<Swing, String> name) {
        chart.setNotify(false);
        try {
            data.clear();
            for (Swing s : swings.subList(0, Math.min(BARS, swings.size()))) {
                data.addValue(delta(s.atLow(), base), LOW, name.apply(s));
                data.addValue(delta(s.atHigh(), base), HIGH, name.apply(s));
            }
            String u = unit.isBlank() ? "" : " " + unit;
            chart.setTitle(String.format("Sensitivity of %s (design: %,.4g%s)", metric, base, u));
            axis.setLabel("Change of " + metric + " from the design" + (unit.isBlank() ? "" : " (" + unit + ")"));
        } finally {
            chart.setNotify(true);
        }
    }

    private static Double delta(double v, double base) {
        return Double.isFinite(v) ? v - base : null;
    }
}
