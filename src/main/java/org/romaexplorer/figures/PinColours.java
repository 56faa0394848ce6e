package org.romaexplorer.figures;

import java.awt.Color;

/**
 * The colour of each pinned design's slot, the same on every chart and in the window's legend of pins;
 * none is a model line's colour ({@link XyPanel#LINE_COLORS}) or the current design's red.
 */
public final class PinColours {
    private static final Color[] SLOTS = {new Color(140, 86, 75), new Color(214, 39, 160), new Color(0, 150, 160),
        new Color(120, 120, 0)};

    /** Index of the pins' dataset on an XY plot: after the model lines (0), the points (1), the bands (2). */
    public static final int XY_OVERLAY_DATASET = 3;

    private PinColours() {}

    public static Color of(int slot) { return SLOTS[slot]; }

    /** "#8c564b": the slot's colour for CSS. */
    public static String web(int slot) {
        Color c = of(slot);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
