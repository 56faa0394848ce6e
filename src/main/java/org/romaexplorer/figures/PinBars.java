package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.compare.Pin;

/**
 * Pinned designs on a bar plot: the plot's first row stays the current design; each pin adds a row of
 * lighter bars with a dashed outline in its colour. Bar charts have no legend of their own, so one naming
 * the pins is added while any is shown.
 */
final class PinBars {
    private static final String LEGEND_ID = "pins";

    private PinBars() {}

    static void overlay(CategoryPlot plot, List<Pin> pins, List<Plot> theirs) {
        DefaultCategoryDataset data = (DefaultCategoryDataset) plot.getDataset();
        while (data.getRowCount() > 1) {
            data.removeRow(data.getRowCount() - 1);
        }
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDrawBarOutline(true);
        for (int i = 0; i < pins.size(); i++) {
            DefaultCategoryDataset their = (DefaultCategoryDataset) ((CategoryPlot) theirs.get(i)).getDataset();
            for (Object col : their.getColumnKeys()) {
                data.setValue(their.getValue(their.getRowKey(0), (Comparable<?>) col), pins.get(i).name(), (Comparable<?>) col);
            }
            Color c = PinColours.of(pins.get(i).slot());
            r.setSeriesPaint(i + 1, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
            r.setSeriesOutlinePaint(i + 1, c);
            r.setSeriesOutlineStroke(i + 1, PinOverlay.DASHED);
        }
        r.setSeriesOutlinePaint(0, (Color) r.getSeriesPaint(0));
        r.setSeriesOutlineStroke(0, new BasicStroke(1f));
    }

    /** A legend "current, A, B …" on a chart without one of its own; none when nothing is pinned. */
    static void legend(JFreeChart chart, List<Pin> pins) {
        if (!(chart.getPlot() instanceof CategoryPlot)) {
            return;
        }
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            if (chart.getSubtitle(i) instanceof LegendTitle t && LEGEND_ID.equals(t.getID())) {
                chart.removeSubtitle(t);
            }
        }
        if (pins.isEmpty()) {
            return;
        }
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("current (solid)", Color.GRAY));
        pins.forEach(p -> items.add(item(p.name(), PinColours.of(p.slot()))));
        LegendTitle t = new LegendTitle(() -> items);
        t.setID(LEGEND_ID);
        t.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(t);
    }

    private static LegendItem item(String name, Color c) {
        return new LegendItem(name, null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), c);
    }
}
