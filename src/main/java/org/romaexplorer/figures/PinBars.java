package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
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

    /** A pinned design's row key: told apart from the figure's own rows, shown as the pin's name. */
    record PinRow(String name) implements Comparable<PinRow> {
        @Override public int compareTo(PinRow o) { return name.compareTo(o.name); }

        @Override public String toString() { return name; }
    }

    /**
     * Replaces the pins' rows of {@code plot} with those of {@code pins}. A stacked plot (its rows are parts
     * of one bar) gets none: a pin's bar there would stack onto the current design's.
     */
    static void overlay(CategoryPlot plot, List<Pin> pins, List<Plot> theirs) {
        DefaultCategoryDataset data = (DefaultCategoryDataset) plot.getDataset();
        for (Object key : List.copyOf(data.getRowKeys())) {
            if (key instanceof PinRow r) {
                data.removeRow(r);
            }
        }
        if (plot.getRenderer() instanceof StackedBarRenderer || !(plot.getRenderer() instanceof BarRenderer r)) {
            return;
        }
        r.setDrawBarOutline(true);
        int own = data.getRowCount();
        for (int i = 0; i < pins.size(); i++) {
            DefaultCategoryDataset their = (DefaultCategoryDataset) ((CategoryPlot) theirs.get(i)).getDataset();
            PinRow key = new PinRow(pins.get(i).name());
            for (Object col : their.getColumnKeys()) {
                data.setValue(their.getValue(their.getRowKey(0), (Comparable<?>) col), key, (Comparable<?>) col);
            }
            Color c = PinColours.of(pins.get(i).slot());
            r.setSeriesPaint(own + i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
            r.setSeriesOutlinePaint(own + i, c);
            r.setSeriesOutlineStroke(own + i, PinOverlay.DASHED);
        }
        for (int s = 0; s < own; s++) {
            r.setSeriesOutlinePaint(s, r.getSeriesPaint(s));
            r.setSeriesOutlineStroke(s, new BasicStroke(1f));
        }
    }

    /**
     * A legend "current, A, B …" on a chart without one of its own; none when nothing is pinned. The current
     * design's swatch is its bars' own colour (one entry per plot when the plots differ, as area and power do).
     */
    static void legend(JFreeChart chart, List<Pin> pins) {
        if (!(chart.getPlot() instanceof CategoryPlot) && !(chart.getPlot() instanceof CombinedDomainCategoryPlot)) {
            return;
        }
        boolean own = false;
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            if (chart.getSubtitle(i) instanceof LegendTitle t) {
                if (LEGEND_ID.equals(t.getID())) {
                    chart.removeSubtitle(t); // ours, from the last pins: replaced (or gone when none is left)
                } else {
                    own = true; // a chart with a legend of its own names the pins' rows there
                }
            }
        }
        if (own || pins.isEmpty()) {
            return;
        }
        LegendItemCollection items = new LegendItemCollection();
        List<Plot> leaves = ChartCsv.leaves(chart.getPlot());
        java.util.Set<java.awt.Paint> colours = new java.util.LinkedHashSet<>();
        for (Plot p : leaves) {
            colours.add(((CategoryPlot) p).getRenderer().getSeriesPaint(0));
        }
        for (Plot p : leaves) {
            CategoryPlot c = (CategoryPlot) p;
            java.awt.Paint paint = c.getRenderer().getSeriesPaint(0);
            String axis = c.getRangeAxis() == null ? null : c.getRangeAxis().getLabel();
            items.add(item(colours.size() == 1 || axis == null ? "current (solid)" : "current, " + axis + " (solid)",
                    paint == null ? Color.GRAY : (Color) paint));
            if (colours.size() == 1) {
                break;
            }
        }
        pins.forEach(p -> items.add(item(p.name() + " (pinned)", PinColours.of(p.slot()))));
        LegendTitle t = new LegendTitle(() -> items);
        t.setID(LEGEND_ID);
        t.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(t);
    }

    private static LegendItem item(String name, Color c) {
        return new LegendItem(name, null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), c);
    }
}
