package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Restyles a filled chart for print: 8 pt text (9 pt title), thin lines in {@link OkabeIto} colours with
 * dash patterns and sparse markers, each model's published points as hollow markers of that model's
 * colour and shape joined to the model's value by a dotted line, the current design as a black dot
 * (zero is kept off the axis in both styles, {@link XyPanel}, so no marker is cut in half). Applied to a fresh chart after its last update:
 * the window's charts keep the screen style.
 */
final class PaperStyle {
    static final Font TEXT = new Font("SansSerif", Font.PLAIN, 8);
    static final Font TITLE = new Font("SansSerif", Font.BOLD, 9);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private PaperStyle() {}

    static void apply(JFreeChart chart) {
        chart.setPadding(new RectangleInsets(2, 2, 2, 10)); // half of the last x tick label stays on the page
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        for (Object t : chart.getSubtitles()) {
            if (t instanceof org.jfree.chart.title.TextTitle note) {
                note.setFont(TEXT); // notes under the title, e.g. Fig. 8's input length
            }
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TEXT);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        Plot top = chart.getPlot();
        if (top instanceof CombinedDomainXYPlot c) {
            axis(c.getDomainAxis());
            c.getSubplots().forEach(p -> xy((XYPlot) p));
        } else if (top instanceof CombinedDomainCategoryPlot c) {
            category(c.getDomainAxis());
            List<?> subs = c.getSubplots();
            for (int i = 0; i < subs.size(); i++) {
                bars((CategoryPlot) subs.get(i), i);
            }
        } else if (top instanceof XYPlot xy) {
            axis(xy.getDomainAxis());
            xy(xy);
        } else if (top instanceof CategoryPlot cat) {
            category(cat.getDomainAxis());
            bars(cat, 2);
        }
    }

    private static void axis(Axis a) {
        a.setLabelFont(TEXT);
        a.setTickLabelFont(TEXT);
        a.setTickLabelInsets(new RectangleInsets(2, 2, 2, 2));
        a.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
    }

    private static void category(CategoryAxis a) {
        if (a != null) {
            axis(a);
            a.setMaximumCategoryLabelLines(3);
            a.setCategoryMargin(0.1);
            a.setLowerMargin(0.02);
            a.setUpperMargin(0.02);
        }
    }

    private static void grid(Plot p, XYPlot xy) {
        p.setBackgroundPaint(Color.WHITE);
        BasicStroke thin = new BasicStroke(0.4f);
        if (xy != null) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(thin);
            xy.setRangeGridlineStroke(thin);
        }
    }

    private static void xy(XYPlot plot) {
        grid(plot, plot);
        axis(plot.getRangeAxis());
        XYLineAndShapeRenderer lines = new SparseShapes();
        XYSeriesCollection lineData = (XYSeriesCollection) plot.getDataset(0);
        for (int i = 0; i < lineData.getSeriesCount(); i++) {
            lines.setSeriesPaint(i, OkabeIto.color(i));
            lines.setSeriesStroke(i, OkabeIto.stroke(i, 1f));
            lines.setSeriesShape(i, OkabeIto.shape(i, 4));
        }
        plot.setRenderer(0, lines);
        if (plot.getDataset(1) instanceof XYSeriesCollection points) {
            PaperPoints.style(plot, points, PublishedSeries.keys(lineData));
            if (plot.getFixedLegendItems() == null) {
                org.jfree.chart.LegendItemCollection items = PaperPoints.legend(lines, lineData.getSeriesCount(), points);
                // Then what the other layers name: pinned designs and the marker lines (MarkerLegend).
                for (int d = PinColours.XY_OVERLAY_DATASET; d <= MarkerLegend.DATASET; d++) {
                    if (plot.getRenderer(d) != null && plot.getDataset(d) != null) {
                        items.addAll(plot.getRenderer(d).getLegendItems());
                    }
                }
                plot.setFixedLegendItems(items);
            }
        }
        for (Object m : plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
            ((ValueMarker) m).setPaint(Color.GRAY);
            ((ValueMarker) m).setStroke(new BasicStroke(0.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {2f, 2f}, 0));
        }
        for (XYAnnotation a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                t.setFont(TEXT);
            }
        }
    }

    private static void bars(CategoryPlot plot, int colour) {
        grid(plot, null);
        plot.setRangeGridlineStroke(new BasicStroke(0.4f));
        plot.setRangeGridlinePaint(GRID);
        axis(plot.getRangeAxis());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        int rows = plot.getDataset().getRowCount(); // several: stacked by kind, one colour each, none blue (area's)
        for (int i = 0; i < Math.max(1, rows); i++) {
            r.setSeriesPaint(i, OkabeIto.color(rows > 1 ? i + 1 : colour));
        }
        r.setDefaultItemLabelFont(TEXT);
        r.setItemMargin(0);
        r.setMaximumBarWidth(0.12);
    }

    /** A dotted line from a published value to the model's value at the same x, in the series' colour. */
    static XYLineAnnotation connector(double x, double published, double modeled, Color c) {
        return new XYLineAnnotation(x, published, x, modeled, new BasicStroke(0.8f, BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND, 10, new float[] {1f, 1.6f}, 0), c);
    }
}
