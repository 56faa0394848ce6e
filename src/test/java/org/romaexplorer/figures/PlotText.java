package org.romaexplorer.figures;

import java.awt.Graphics2D;
import java.awt.Rectangle;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * Where a chart's text lands when drawn at a size: every annotation's text box (the entity JFreeChart records
 * for an annotation with a tooltip is exactly that box), every plot's data area and every model line as drawn.
 * For tests that no text leaves its plot or covers a line, whatever the figure and its style.
 */
public final class PlotText {
    /** One text box on a chart, the plot area it should stay in, and its overlap with the lines there. */
    public record Box(String text, Rectangle2D bounds, Rectangle2D plotArea, double onLinesPx) {
        public boolean inside() {
            Rectangle2D a = plotArea;
            return a != null && bounds.getMinX() >= a.getMinX() - 1 && bounds.getMaxX() <= a.getMaxX() + 1
                    && bounds.getMinY() >= a.getMinY() - 1 && bounds.getMaxY() <= a.getMaxY() + 1;
        }
    }

    private PlotText() {}

    /** Draws {@code chart} at width × height and returns its annotations' text boxes. */
    public static List<Box> boxes(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle(0, 0, width, height), info);
        g.dispose();
        List<Plot> leaves = ChartCsv.leaves(chart.getPlot());
        List<Rectangle2D> areas = new ArrayList<>();
        PlotRenderingInfo top = info.getPlotInfo();
        for (int i = 0; i < leaves.size(); i++) {
            areas.add(leaves.size() == 1 ? top.getDataArea() : top.getSubplotInfo(i).getDataArea());
        }
        List<Box> out = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYAnnotationEntity e) {
                Rectangle2D b = e.getArea().getBounds2D();
                int k = plotOf(b, areas);
                double on = 0;
                if (k >= 0 && leaves.get(k) instanceof XYPlot xy) {
                    on = onLines(xy, areas.get(k), b);
                }
                out.add(new Box(e.getToolTipText(), b, k < 0 ? null : areas.get(k), on));
            }
        }
        return out;
    }

    /** The text of every marker label on the chart's plots (none should be left: the legend names them). */
    public static List<String> markerLabels(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (Plot p : ChartCsv.leaves(chart.getPlot())) {
            for (Layer l : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                Collection<?> ms = new ArrayList<>();
                if (p instanceof XYPlot xy) {
                    ms = join(xy.getDomainMarkers(l), xy.getRangeMarkers(l));
                } else if (p instanceof CategoryPlot c) {
                    ms = join(c.getDomainMarkers(l), c.getRangeMarkers(l));
                }
                for (Object m : ms) {
                    String label = ((Marker) m).getLabel();
                    if (label != null && !label.isBlank()) {
                        out.add(label);
                    }
                }
            }
        }
        return out;
    }

    private static Collection<?> join(Collection<?> a, Collection<?> b) {
        List<Object> out = new ArrayList<>();
        if (a != null) {
            out.addAll(a);
        }
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }

    private static int plotOf(Rectangle2D b, List<Rectangle2D> areas) {
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).contains(cx, cy)) {
                return i;
            }
        }
        return -1;
    }

    /** Length in pixels of the plot's model lines (dataset 0) drawn inside {@code box}, sampled every 0.25 px. */
    static double onLines(XYPlot plot, Rectangle2D area, Rectangle2D box) {
        XYDataset d = plot.getDataset(0);
        double inside = 0;
        for (int s = 0; d != null && s < d.getSeriesCount(); s++) {
            for (int i = 1; i < d.getItemCount(s); i++) {
                double x0 = x(plot, area, d.getXValue(s, i - 1));
                double y0 = y(plot, area, d.getYValue(s, i - 1));
                double x1 = x(plot, area, d.getXValue(s, i));
                double y1 = y(plot, area, d.getYValue(s, i));
                double len = Math.hypot(x1 - x0, y1 - y0);
                int n = (int) Math.ceil(len / 0.25);
                for (int k = 0; k < n && Double.isFinite(len); k++) {
                    double t = (k + 0.5) / n;
                    if (box.contains(x0 + t * (x1 - x0), y0 + t * (y1 - y0))) {
                        inside += len / n;
                    }
                }
            }
        }
        return inside;
    }

    private static double x(XYPlot p, Rectangle2D area, double v) {
        return p.getDomainAxis().valueToJava2D(v, area, p.getDomainAxisEdge());
    }

    private static double y(XYPlot p, Rectangle2D area, double v) {
        return p.getRangeAxis().valueToJava2D(v, area, p.getRangeAxisEdge());
    }

    /** Whether two boxes overlap by more than a pixel either way. */
    public static boolean overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        return i.getWidth() > 1 && i.getHeight() > 1;
    }

    /** The data areas of the chart's plots, drawn at width × height. */
    public static List<Rectangle2D> dataAreas(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle(0, 0, width, height), info);
        g.dispose();
        int n = ChartCsv.leaves(chart.getPlot()).size();
        List<Rectangle2D> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(n == 1 ? info.getPlotInfo().getDataArea() : info.getPlotInfo().getSubplotInfo(i).getDataArea());
        }
        return out;
    }

}
