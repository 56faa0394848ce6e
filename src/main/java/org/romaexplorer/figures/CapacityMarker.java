package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;

/**
 * A dashed line where the KV cache outgrows the SRAM; lines continue past it, computed under the overflow
 * policy (spill, evict, or reject: the speeds assume the KV fit). What the line means is said in the
 * legend ({@link MarkerLegend}), in plain words, not on the plot.
 */
final class CapacityMarker {
    private static final float[] DASH = {6f, 4f};
    private final XYPlot plot;
    private final boolean vertical;
    private final ValueMarker marker = new ValueMarker(0, new Color(90, 90, 90),
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
    private final MarkerLegend legend;
    private String text = "";
    private boolean shown;

    /** {@code vertical}: a line at an x value (domain); else at a y value (range). */
    CapacityMarker(XYPlot plot, boolean vertical) {
        this.plot = plot;
        this.vertical = vertical;
        legend = MarkerLegend.of(plot);
    }

    /** Shows the line at {@code value}, named {@code label} in the legend; hides it when {@code value} is not positive. */
    void show(double value, String label) {
        if (!(value > 0)) {
            hide();
            return;
        }
        marker.setValue(value);
        text = label;
        legend.show(marker, label);
        if (!shown) {
            if (vertical) {
                plot.addDomainMarker(marker);
            } else {
                plot.addRangeMarker(marker);
            }
            shown = true;
        }
    }

    void hide() {
        legend.hide(marker);
        if (shown) {
            if (vertical) {
                plot.removeDomainMarker(marker);
            } else {
                plot.removeRangeMarker(marker);
            }
            shown = false;
        }
    }

    /** Where the line stands, or NaN when hidden. For tests. */
    double value() {
        return shown ? marker.getValue() : Double.NaN;
    }

    /** What the line means, as the legend says it; empty when hidden. For tests. */
    String text() {
        return shown ? text : "";
    }

    /** The policy's name, as {@code --set kv_overflow} takes it. */
    static String policy(org.romaexplorer.model.DesignPoint p) {
        return p.kvPolicy().overflow().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the lines past the boundary stand for, under the design's policy, in plain words. */
    static String beyond(org.romaexplorer.model.DesignPoint p) {
        return switch (p.kvPolicy().overflow()) {
            case REJECT -> "the speeds assume the KV fit (kv_overflow = reject)";
            case SPILL -> "the KV that does not fit is read from DRAM (spill)";
            case EVICT -> "the oldest tokens are evicted (evict)";
        };
    }
}
