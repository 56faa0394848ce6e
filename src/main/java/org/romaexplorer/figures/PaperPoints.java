package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The paper style of an XY plot's points: each series of published points hollow, in the colour and
 * shape of the line it belongs to (larger than the line's own markers), each exact value joined by a
 * dotted line to the model's value at the same x; the current design a small black dot.
 */
final class PaperPoints {
    private PaperPoints() {}

    static void style(XYPlot plot, XYSeriesCollection points, List<String> lineKeys) {
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer(1);
        for (int s = 0; s < points.getSeriesCount(); s++) {
            if (points.getSeries(s) instanceof PublishedSeries ps) {
                int line = ps.lineIndex(lineKeys);
                Color c = line >= 0 ? OkabeIto.color(line) : Color.BLACK;
                r.setSeriesPaint(s, c);
                r.setSeriesShape(s, OkabeIto.shape(line >= 0 ? line : 5, 7));
                r.setSeriesShapesFilled(s, false);
                r.setSeriesStroke(s, new BasicStroke(1.1f));
                r.setUseOutlinePaint(false);
                connectors(plot, ps, c);
            } else {
                r.setSeriesPaint(s, Color.BLACK);
                r.setSeriesShape(s, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
                r.setSeriesShapesFilled(s, true);
            }
        }
    }

    /**
     * Legend: each line (its colour, dash and marker), then one entry for the paper's points (hollow
     * markers take their line's colour and shape) and one for the current design.
     */
    static LegendItemCollection legend(XYLineAndShapeRenderer lines, int lineCount, XYSeriesCollection points) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < lineCount; i++) {
            items.add(lines.getLegendItem(0, i));
        }
        if (points.getSeries().stream().anyMatch(s -> s instanceof PublishedSeries)) {
            items.add(new LegendItem("paper (hollow, line's marker)", null, null, null, OkabeIto.shape(0, 7),
                    new BasicStroke(1.1f), Color.DARK_GRAY));
        }
        String current = points.getSeriesKey(points.getSeriesCount() - 1).toString();
        items.add(new LegendItem(current, null, null, null, new Ellipse2D.Double(-2.5, -2.5, 5, 5), Color.BLACK));
        return items;
    }

    private static void connectors(XYPlot plot, PublishedSeries ps, Color c) {
        for (int i = 0; i < ps.getItemCount(); i++) {
            PublishedPoint p = ps.point(i);
            if (p.relation().isEmpty() && Double.isFinite(p.modeled()) && p.modeled() > 0
                    && p.modeled() != p.published()) {
                plot.addAnnotation(PaperStyle.connector(p.x(), p.published(), p.modeled(), c), false);
            }
        }
    }
}
