package org.romaexplorer.ui.designspace;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;

/**
 * The design-space scatter, built once and refilled in place: sampled points and the front coloured by a
 * third metric, the front outlined and joined by a line, the current design as a red cross. Datasets
 * are drawn from the last index to the first, so the cross is on top. No JavaFX.
 */
public final class DesignSpaceChart {
    static final String OTHERS = "points";
    static final String FRONT = "Pareto front";
    static final String MISSES = "misses a requirement";
    private static final Color MISSES_GREY = new Color(0xc8c8c8);
    private final DefaultXYDataset current = new DefaultXYDataset();
    private final DefaultXYZDataset front = new DefaultXYZDataset();
    private final DefaultXYDataset line = new DefaultXYDataset();
    private final DefaultXYZDataset others = new DefaultXYZDataset();
    /** Sampled points that miss a requirement: grey, under the others. */
    private final DefaultXYDataset infeasible = new DefaultXYDataset();
    private final XYShapeRenderer frontRenderer = new XYShapeRenderer();
    private final XYShapeRenderer othersRenderer = new XYShapeRenderer();
    private final NumberAxis xAxis = new NumberAxis("X");
    private final NumberAxis yAxis = new NumberAxis("Y");
    private final NumberAxis colourAxis = new NumberAxis("colour");
    private final PaintScaleLegend scaleLegend;
    private final TextTitle summary = new TextTitle("Set the ranges and press Run");
    private final XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
    private final JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    private DesignSpaceResult result;

    DesignSpaceChart() {
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        othersRenderer.setDefaultShape(new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        othersRenderer.setDrawOutlines(false);
        frontRenderer.setDefaultShape(new Ellipse2D.Double(-5, -5, 10, 10));
        frontRenderer.setDrawOutlines(true);
        frontRenderer.setUseOutlinePaint(true);
        frontRenderer.setDefaultOutlinePaint(Color.BLACK);
        frontRenderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        // The line joins the front's points in order: hovering it names the point it leads to, as a marker does.
        lineRenderer.setDefaultToolTipGenerator((d, s, i) -> tooltip(result.front().get(i)));
        lineRenderer.setSeriesPaint(0, new Color(0xd62728));
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.5f));
        XYLineAndShapeRenderer cross = new XYLineAndShapeRenderer(false, true);
        cross.setSeriesShape(0, ShapeUtils.createDiagonalCross(6, 1.5f));
        cross.setSeriesPaint(0, Color.RED);
        cross.setDefaultToolTipGenerator((d, s, i) -> "Current design");
        othersRenderer.setDefaultToolTipGenerator((d, s, i) -> tooltip(result.others().get(i)));
        frontRenderer.setDefaultToolTipGenerator((d, s, i) -> tooltip(result.front().get(i)));
        XYLineAndShapeRenderer grey = new XYLineAndShapeRenderer(false, true);
        grey.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        grey.setSeriesPaint(0, MISSES_GREY);
        grey.setDefaultToolTipGenerator((d, s, i) -> "Misses a requirement\n" + tooltip(result.infeasible().get(i)));
        List<XYDataset> sets = List.of(current, front, line, others, infeasible);
        List<?> renderers = List.of(cross, frontRenderer, lineRenderer, othersRenderer, grey);
        for (int i = 0; i < sets.size(); i++) {
            plot.setDataset(i, sets.get(i));
            plot.setRenderer(i, (org.jfree.chart.renderer.xy.XYItemRenderer) renderers.get(i));
        }
        scaleLegend = new PaintScaleLegend(DesignSpaceColours.over(0, 1), colourAxis);
        scaleLegend.setPosition(RectangleEdge.RIGHT);
        scaleLegend.setStripWidth(12);
        scaleLegend.setMargin(4, 4, 4, 8);
        scaleLegend.setSubdivisionCount(64);
        summary.setFont(new Font("SansSerif", Font.PLAIN, 12));
        chart.addSubtitle(summary);
        chart.addSubtitle(keyLegend());
        chart.addSubtitle(scaleLegend);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(new Color(0xf7f7f7));
    }

    JFreeChart chart() { return chart; }

    /** Shows a sweep's result: one redraw. */
    void show(DesignSpaceResult r) {
        result = r;
        chart.setNotify(false);
        xAxis.setLabel(axisLabel(r.x()));
        yAxis.setLabel(axisLabel(r.y()));
        colourAxis.setLabel("colour: " + DesignSpaceLabels.metric(r.colour()));
        double[] c = r.colourRange();
        DesignSpaceColours scale = DesignSpaceColours.over(c[0], c[1]);
        scaleLegend.setScale(scale);
        colourAxis.setRange(scale.lower(), scale.upper());
        othersRenderer.setPaintScale(scale);
        frontRenderer.setPaintScale(scale);
        others.addSeries(OTHERS, xyz(r.others()));
        double[][] g = xyz(r.infeasible());
        infeasible.addSeries(MISSES, new double[][] {g[0], g[1]});
        front.addSeries(FRONT, xyz(r.front()));
        double[][] f = xyz(r.front());
        line.addSeries(FRONT, new double[][] {f[0], f[1]});
        summary.setText(String.format("%,d points swept · %s · %,d drawn", r.total(),
                DesignSpaceLabels.front(r.front().size(), r.frontMarkers()), r.plotted()));
        chart.setNotify(true);
    }

    /** Puts the red cross on the current design if a result is shown and the design lies within it. */
    void showCurrent(Metrics m) {
        if (result == null) {
            return;
        }
        double vx = result.x().value(m);
        double vy = result.y().value(m);
        boolean inside = result.covers(vx, vy);
        current.addSeries("current", inside ? new double[][] {{vx}, {vy}} : new double[][] {{}, {}});
    }

    /** The plotted point behind item {@code item} of {@code dataset}, if it is a sweep point. */
    Optional<Point> pointAt(XYDataset dataset, int item) {
        List<Point> list = result == null ? List.of() : dataset == others ? result.others()
                : dataset == infeasible ? result.infeasible()
                : dataset == front || dataset == line ? result.front() : List.of();
        return item >= 0 && item < list.size() ? Optional.of(list.get(item)) : Optional.empty();
    }

    DefaultXYZDataset othersDataset() { return others; }

    DefaultXYZDataset frontDataset() { return front; }

    DefaultXYDataset infeasibleDataset() { return infeasible; }

    XYPlot plot() { return plot; }

    private String tooltip(Point p) {
        StringBuilder sb = new StringBuilder(p.onFront() ? "On the Pareto front\n" : "");
        double[] v = result.grid().values(p.index());
        for (int i = 0; i < v.length; i++) {
            sb.append(DesignSpaceLabels.knob(result.knobs().get(i), v[i])).append('\n');
        }
        sb.append(DesignSpaceLabels.metric(result.x().metric())).append(": ").append(DesignSpaceLabels.number(p.x()));
        sb.append('\n').append(DesignSpaceLabels.metric(result.y().metric())).append(": ")
                .append(DesignSpaceLabels.number(p.y()));
        sb.append('\n').append(DesignSpaceLabels.metric(result.colour())).append(": ")
                .append(DesignSpaceLabels.number(p.c())).append("\nClick to load this design");
        return sb.toString();
    }

    private static String axisLabel(Objective o) {
        return DesignSpaceLabels.metric(o.metric()) + (o.direction() == Objective.Direction.MIN
                ? "  — lower is better" : "  — higher is better");
    }

    private static double[][] xyz(List<Point> ps) {
        double[][] d = new double[3][ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            d[0][i] = ps.get(i).x();
            d[1][i] = ps.get(i).y();
            d[2][i] = ps.get(i).c();
        }
        return d;
    }

    private static LegendTitle keyLegend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("sampled points", null, null, null, new Ellipse2D.Double(-3, -3, 6, 6), Color.GRAY));
        items.add(new LegendItem(FRONT + " (outlined, joined)", null, null, null, new Ellipse2D.Double(-5, -5, 10, 10),
                Color.GRAY, new BasicStroke(1.5f), Color.BLACK));
        items.add(new LegendItem(MISSES, null, null, null, new Ellipse2D.Double(-2, -2, 4, 4), MISSES_GREY));
        items.add(new LegendItem("current design", null, null, null, ShapeUtils.createDiagonalCross(5, 1.2f), Color.RED));
        LegendTitle t = new LegendTitle(() -> items);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setItemFont(new Font("SansSerif", Font.PLAIN, 12));
        t.setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 18)); // FX text runs wider than measured
        return t;
    }
}
