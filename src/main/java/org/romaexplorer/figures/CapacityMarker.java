package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * A dashed line where the KV cache outgrows the SRAM, labelled with the overflow policy; lines continue
 * past it, computed under that policy (spill, evict, or reject: timed as if it fit).
 */
final class CapacityMarker {
    private static final float[] DASH = {6f, 4f};
    private final XYPlot plot;
    private final boolean vertical;
    private final ValueMarker marker = new ValueMarker(0, new Color(90, 90, 90),
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
    private boolean shown;

    /** {@code vertical}: a line at an x value (domain); else at a y value (range). */
    CapacityMarker(XYPlot plot, boolean vertical) {
        this.plot = plot;
        this.vertical = vertical;
        marker.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        // Label on the overflow side: right of a vertical line, below a horizontal one.
        marker.setLabelAnchor(vertical ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(vertical ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    }

    /** Writes a vertical line's label at the bottom of the plot, so that two lines at one x can both be read. */
    CapacityMarker labelBelow() {
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return this;
    }

    /** Shows the line at {@code value} with {@code label}; hides it when {@code value} is not positive. */
    void show(double value, String label) {
        if (!(value > 0)) {
            hide();
            return;
        }
        marker.setValue(value);
        marker.setLabel(label.isEmpty() ? null : label + " ");
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

    /** The policy as the marker names it: "SRAM full (spill beyond)". */
    static String label(org.romaexplorer.model.DesignPoint p) {
        return "SRAM full (" + policy(p) + " beyond)";
    }

    static String policy(org.romaexplorer.model.DesignPoint p) {
        return p.kvPolicy().overflow().name().toLowerCase(java.util.Locale.ROOT);
    }
}
