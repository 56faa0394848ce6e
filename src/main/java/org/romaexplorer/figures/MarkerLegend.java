package org.romaexplorer.figures;

import java.awt.geom.Line2D;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a marker line means, said in the legend instead of on the plot: a label drawn beside a line sat over
 * the data or was cut at the plot's edge, worst in the paper style's narrow column ("ntext 4352 tokens",
 * "SR"). Each entry is an empty series of a dataset of its own, drawn as the marker's current stroke and
 * paint (so a restyled marker restyles its entry); it holds no data, so the CSV has no row for it.
 */
final class MarkerLegend {
    /** Index of the legend-only dataset on an XY plot: after lines, points, bands and pinned designs. */
    static final int DATASET = PinColours.XY_OVERLAY_DATASET + 1;
    private final XYPlot plot;
    private final XYSeriesCollection entries = new XYSeriesCollection();
    private final Map<XYSeries, ValueMarker> markers = new IdentityHashMap<>();

    private MarkerLegend(XYPlot plot) {
        this.plot = plot;
        plot.setDataset(DATASET, entries);
        plot.setRenderer(DATASET, new Entries(this));
    }

    /** The legend entries of {@code plot}'s markers: one per plot, shared by every marker on it. */
    static MarkerLegend of(XYPlot plot) {
        return plot.getRenderer(DATASET) instanceof Entries e ? e.legend : new MarkerLegend(plot);
    }

    /** Draws each entry as its marker's current stroke and paint. */
    private static final class Entries extends XYLineAndShapeRenderer {
        private final transient MarkerLegend legend;

        Entries(MarkerLegend legend) {
            super(true, false);
            this.legend = legend;
        }

        @Override
        public LegendItem getLegendItem(int dataset, int series) {
            XYSeries s = legend.entries.getSeries(series);
            ValueMarker m = legend.markers.get(s);
            LegendItem item = new LegendItem(s.getKey().toString(), null, s.getKey().toString(), null,
                    new Line2D.Double(-9, 0, 9, 0), m.getStroke(), m.getPaint());
            item.setSeriesKey(s.getKey());
            return item;
        }
    }

    /**
     * Names {@code marker} in the legend as {@code text} (no entry when {@code text} is empty: a second line
     * that means what another plot's entry says); its label on the plot is cleared.
     */
    void show(ValueMarker marker, String text) {
        marker.setLabel(null);
        if (text.isEmpty()) {
            hide(marker);
            return;
        }
        XYSeries s = seriesOf(marker);
        if (s != null && s.getKey().equals(text)) {
            return;
        }
        if (s != null) {
            entries.removeSeries(s);
            markers.remove(s);
        }
        XYSeries e = new XYSeries(text, false, true);
        markers.put(e, marker);
        entries.addSeries(e);
    }

    /** Takes {@code marker}'s entry out of the legend. */
    void hide(ValueMarker marker) {
        XYSeries s = seriesOf(marker);
        if (s != null) {
            entries.removeSeries(s);
            markers.remove(s);
        }
    }

    private XYSeries seriesOf(ValueMarker marker) {
        return markers.entrySet().stream().filter(e -> e.getValue() == marker).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    XYPlot plot() { return plot; }
}
