package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One XY plot with three layers: model lines, published points (hollow squares with a tooltip each) and
 * the current design (a large dot plus a vertical marker at its x).
 */
final class XyPanel {
    /** Line colours by series index, the same in every plot; red is kept for the current design. */
    static final Color[] LINE_COLORS = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(148, 103, 189)};
    private final XYSeriesCollection lines = new XYSeriesCollection();
    private final XYSeriesCollection points = new XYSeriesCollection();
    private final XYSeries current = new XYSeries("current design", false, true);
    private final ValueMarker marker = new ValueMarker(0, new Color(200, 0, 0, 140), new BasicStroke(1.5f));
    private final XYPlot plot;
    private final org.jfree.data.xy.YIntervalSeriesCollection bands = new org.jfree.data.xy.YIntervalSeriesCollection();
    private final org.jfree.chart.renderer.xy.DeviationRenderer bandR = new org.jfree.chart.renderer.xy.DeviationRenderer(false, false);
    private final boolean logY;

    XyPanel(String xLabel, String yLabel, boolean logY) {
        this.logY = logY;
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setAutoRangeStickyZero(false); // a design at x = 0 (Fig. 7's empty cache) sits inside, not half under the axis
        ValueAxis y = logY ? decades(yLabel) : new NumberAxis(yLabel);
        if (y instanceof NumberAxis n) {
            n.setAutoRangeStickyZero(false); // a point at zero sits inside the plot, not cut by the axis
        }
        XYLineAndShapeRenderer lineR = new XYLineAndShapeRenderer(true, false);
        lineR.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        for (int i = 0; i < LINE_COLORS.length; i++) {
            lineR.setSeriesPaint(i, LINE_COLORS[i]);
            lineR.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot = new XYPlot(lines, x, y, lineR);
        points.addSeries(current);
        XYLineAndShapeRenderer pointR = new XYLineAndShapeRenderer(false, true);
        pointR.setDefaultToolTipGenerator((ds, s, i) -> points.getSeries(s) instanceof PublishedSeries ps
                ? ps.point(i).tooltip() : String.format("current design: %,.4g", ds.getYValue(s, i)));
        plot.setDataset(1, points);
        lookOfPoints(pointR);
        plot.setRenderer(1, pointR);
        // Points over lines, and their tooltips win where both are under the pointer.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.addDomainMarker(marker);
        bandR.setAlpha(0.22f);
        plot.setDataset(2, bands);
        plot.setRenderer(2, bandR);
        // Wider label insets make the axes pick coarser tick units: fewer labels, easier to read, faster to draw.
        x.setTickLabelInsets(new RectangleInsets(4, 14, 4, 14));
        y.setTickLabelInsets(new RectangleInsets(9, 4, 9, 4));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    /** A log axis ticked at whole decades, labelled 1, 10, 100, 1,000 … */
    private static LogAxis decades(String label) {
        LogAxis a = new LogAxis(label);
        a.setAutoTickUnitSelection(false);
        a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###"));
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        return a;
    }

    XYPlot plot() { return plot; }

    /** Leaves this panel's items out of the legend (the panel above already names them). */
    void hideLegend() {
        plot.setFixedLegendItems(new org.jfree.chart.LegendItemCollection());
    }

    /** The line with this key, created on first use; emptied, ready to be refilled. */
    XYSeries line(String key) {
        int i = lines.getSeriesIndex(key);
        XYSeries s = i >= 0 ? lines.getSeries(i) : newLine(key);
        s.setNotify(false);
        s.clear();
        return s;
    }

    private XYSeries newLine(String key) {
        XYSeries s = new XYSeries(key, false, true);
        lines.addSeries(s);
        return s;
    }

    /** Replaces the lines by {@code byKey} ({xs, ys}), in order, dropping lines not in it. */
    void show(java.util.Map<String, double[][]> byKey) {
        byKey.forEach((key, c) -> {
            XYSeries s = line(key);
            for (int i = 0; i < c[0].length; i++) {
                s.add(c[0][i], c[1][i]);
            }
        });
        done();
        retain(List.copyOf(byKey.keySet()));
    }

    /** Sends the change events of lines filled since {@link #line}. */
    void done() {
        for (Object s : lines.getSeries()) {
            ((XYSeries) s).setNotify(true);
        }
    }

    /** Drops lines whose key is not in {@code keep}. */
    void retain(List<String> keep) {
        for (Object s : new ArrayList<>(lines.getSeries())) {
            if (!keep.contains(((XYSeries) s).getKey().toString())) {
                lines.removeSeries((XYSeries) s);
            }
        }
    }

    /** Places the current design at (x, y); y = 0 too (Fig. 10's design with no token), except on a log axis. */
    void setCurrent(double x, double y) {
        marker.setValue(x);
        current.clear();
        if (Double.isFinite(y) && (y > 0 || y == 0 && !logY)) {
            current.add(x, y);
        }
    }

    /** Names the current-design series, e.g. "current configuration". */
    void renameCurrent(String key) {
        current.setKey(key);
    }

    double markerX() { return marker.getValue(); }

    /** Shows p5–p95 bands ({xs, p5, p95} by line key) in the colour of their line; an empty map hides them. */
    void setBands(java.util.Map<String, double[][]> byLine) {
        bands.setNotify(false);
        bands.removeAllSeries();
        byLine.forEach((key, b) -> {
            int line = lines.getSeriesIndex(key);
            if (line >= 0) {
                org.jfree.data.xy.YIntervalSeries s = new org.jfree.data.xy.YIntervalSeries(key + " p5–p95", false, true);
                for (int j = 0; j < b[0].length; j++) {
                    s.add(b[0][j], (b[1][j] + b[2][j]) / 2, b[1][j], b[2][j]);
                }
                bandR.setSeriesFillPaint(bands.getSeriesCount(), LINE_COLORS[line % LINE_COLORS.length]);
                bandR.setSeriesPaint(bands.getSeriesCount(), LINE_COLORS[line % LINE_COLORS.length]);
                bands.addSeries(s);
            }
        });
        bandR.setDefaultSeriesVisibleInLegend(false);
        bands.setNotify(true);
    }

    /** Bands shown, by series: for tests. */
    org.jfree.data.xy.YIntervalSeriesCollection bands() { return bands; }

    /** Replaces the published markers. */
    void setPublished(List<PublishedPoint> pts) {
        setPublished(pts, p -> false);
    }

    /**
     * Replaces the published markers, one series per line they belong to, each drawn as hollow squares in
     * its line's colour; those {@code named} get their series' name written beside them.
     */
    void setPublished(List<PublishedPoint> pts, java.util.function.Predicate<PublishedPoint> named) {
        points.removeAllSeries();
        plot.clearAnnotations();
        java.util.Map<String, PublishedSeries> bySeries = new java.util.LinkedHashMap<>();
        for (PublishedPoint p : pts) {
            bySeries.computeIfAbsent(p.series(), PublishedSeries::new).add(p);
            if (named.test(p)) {
                XYTextAnnotation a = new XYTextAnnotation("   " + p.series(), p.x(), p.published());
                a.setTextAnchor(TextAnchor.CENTER_LEFT);
                a.setToolTipText(p.tooltip());
                a.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 11));
                plot.addAnnotation(a, false);
            }
        }
        bySeries.values().forEach(points::addSeries);
        points.addSeries(current);
        lookOfPoints((XYLineAndShapeRenderer) plot.getRenderer(1));
    }

    /** Keys of the lines, in dataset order. */
    List<String> lineKeys() {
        return PublishedSeries.keys(lines);
    }

    /**
     * The hollow marker of the published points of line {@code line}: square, diamond, triangle, inverted
     * triangle (then a cross), so two models' points at the same place stay told apart (Fig. 8's two "below 30
     * ms" points at rank 16 coincide; one square hid the other).
     */
    static java.awt.Shape publishedShape(int line) {
        int[] shapes = {1, 3, 2, 4};
        return OkabeIto.shape(line >= 0 && line < shapes.length ? shapes[line] : 5, line == 0 ? 11 : 12);
    }

    /** Screen look: published points hollow in their line's colour and shape, the current design a red dot. */
    private void lookOfPoints(XYLineAndShapeRenderer r) {
        List<String> keys = lineKeys();
        for (int s = 0; s < points.getSeriesCount(); s++) {
            if (points.getSeries(s) instanceof PublishedSeries ps) {
                int line = ps.lineIndex(keys);
                r.setSeriesShape(s, publishedShape(line));
                r.setSeriesShapesFilled(s, false);
                r.setSeriesStroke(s, new BasicStroke(1.5f));
                r.setSeriesPaint(s, line >= 0 && line < LINE_COLORS.length ? LINE_COLORS[line] : Color.BLACK);
            } else {
                r.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
                r.setSeriesShapesFilled(s, true);
                r.setSeriesPaint(s, new Color(200, 0, 0));
            }
        }
    }
}
