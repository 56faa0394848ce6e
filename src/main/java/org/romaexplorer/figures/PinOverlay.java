package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.model.DesignPoint;

/**
 * Draws pinned designs over a figure, dashed in each pin's colour: on an XY plot the pin's own line and its
 * design point (a hollow circle), on a bar plot one more bar per category. The data come from a figure of
 * the same kind drawn for the pinned design, plot by plot.
 */
final class PinOverlay {
    static final int XY_DATASET = PinColours.XY_OVERLAY_DATASET;
    static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 5f}, 0f);

    private PinOverlay() {}

    static void apply(JFreeChart own, List<Pin> pins, List<JFreeChart> drawn, Function<DesignPoint, String> lineKey) {
        List<Plot> mine = ChartCsv.leaves(own.getPlot());
        for (int k = 0; k < mine.size(); k++) {
            int plot = k;
            List<Plot> theirs = drawn.stream().map(c -> ChartCsv.leaves(c.getPlot()).get(plot)).toList();
            if (mine.get(k) instanceof XYPlot xy) {
                xy(xy, pins, theirs, lineKey);
            } else if (mine.get(k) instanceof CategoryPlot cat) {
                PinBars.overlay(cat, pins, theirs);
            }
        }
        PinBars.legend(own, pins);
    }

    private static void xy(XYPlot plot, List<Pin> pins, List<Plot> theirs, Function<DesignPoint, String> lineKey) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        for (int i = 0; i < pins.size(); i++) {
            Pin p = pins.get(i);
            XYPlot their = (XYPlot) theirs.get(i);
            XYSeries line = copy(series(their, 0, lineKey.apply(p.design())), p.name());
            XYSeries dot = copy(series(their, 1, "current design"), p.name() + " (design)");
            Color c = PinColours.of(p.slot());
            data.addSeries(line);
            style(r, data.getSeriesCount() - 1, c, true);
            data.addSeries(dot);
            style(r, data.getSeriesCount() - 1, c, false);
        }
        plot.setDataset(XY_DATASET, pins.isEmpty() ? null : data);
        plot.setRenderer(XY_DATASET, r);
    }

    private static void style(XYLineAndShapeRenderer r, int s, Color c, boolean line) {
        r.setSeriesPaint(s, c);
        r.setSeriesLinesVisible(s, line);
        r.setSeriesShapesVisible(s, !line);
        r.setSeriesStroke(s, line ? DASHED : new BasicStroke(2f));
        r.setSeriesShape(s, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesShapesFilled(s, false);
        r.setSeriesVisibleInLegend(s, line);
    }

    private static XYSeries series(XYPlot plot, int dataset, String key) {
        XYSeriesCollection c = (XYSeriesCollection) plot.getDataset(dataset);
        int i = key == null || c == null ? -1 : c.getSeriesIndex(key);
        return i < 0 ? null : c.getSeries(i);
    }

    private static XYSeries copy(XYSeries from, String name) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; from != null && i < from.getItemCount(); i++) {
            s.add(from.getX(i), from.getY(i), false);
        }
        return s;
    }
}
