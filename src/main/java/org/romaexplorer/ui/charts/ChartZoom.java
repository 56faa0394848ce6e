package org.romaexplorer.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.MouseButton;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * Zoom on a chart: drag a box or turn the mouse wheel to zoom in (JFreeChart's handlers), double-click or
 * View › Reset zoom to go back. Every design change resets the zoom too, so the current design's marker is
 * never outside the visible range. "Back" is each axis as the figure set it up: auto-ranged or its fixed range.
 */
public final class ChartZoom {
    private record Home(boolean auto, Range range) {}

    private final Map<ValueAxis, Home> home = new LinkedHashMap<>();

    private ChartZoom(JFreeChart chart) {
        for (ValueAxis a : axes(chart.getPlot())) {
            home.put(a, new Home(a.isAutoRange(), a.getRange()));
        }
    }

    /** Double-click resets the zoom of {@code viewer}; so does every change of {@code resetOn}. */
    public static ChartZoom install(ChartViewer viewer, ObservableValue<?> resetOn) {
        ChartZoom z = new ChartZoom(viewer.getChart());
        viewer.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                z.reset();
            }
        });
        resetOn.addListener((o, a, b) -> z.reset());
        return z;
    }

    /** Whether some axis is not as the figure set it up. */
    public boolean zoomed() {
        return home.entrySet().stream().anyMatch(e -> e.getValue().auto() != e.getKey().isAutoRange()
                || !e.getValue().auto() && !e.getValue().range().equals(e.getKey().getRange()));
    }

    /** Every axis back to its own range; does nothing when not zoomed. */
    public void reset() {
        if (!zoomed()) {
            return;
        }
        home.forEach((axis, h) -> {
            if (h.auto()) {
                axis.setAutoRange(true);
            } else {
                axis.setRange(h.range());
            }
        });
    }

    private static List<ValueAxis> axes(Plot plot) {
        List<ValueAxis> out = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot c) {
            out.add(c.getDomainAxis());
            for (XYPlot sub : c.getSubplots()) {
                out.addAll(axes(sub));
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                out.add(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                out.add(xy.getRangeAxis(i));
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }
}
