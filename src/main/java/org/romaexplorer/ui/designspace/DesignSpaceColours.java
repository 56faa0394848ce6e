package org.romaexplorer.ui.designspace;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale from dark blue through teal and green to yellow over [lower, upper]; values outside
 * are clamped, NaN is grey. Immutable: a new range is a new scale.
 */
public record DesignSpaceColours(double lower, double upper) implements PaintScale, Serializable {
    private static final Color[] STOPS = {new Color(0x3b0f70), new Color(0x31688e), new Color(0x21918c),
            new Color(0x5ec962), new Color(0xfde725)};

    /** A scale over [lo, hi], widened when empty or flat so that every value has a colour. */
    static DesignSpaceColours over(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new DesignSpaceColours(0, 1);
        }
        double pad = hi > lo ? 0 : Math.max(1e-9, Math.abs(lo) * 0.01);
        return new DesignSpaceColours(lo - pad, hi + pad);
    }

    @Override
    public double getLowerBound() { return lower; }

    @Override
    public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.GRAY;
        }
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) t);
        return mix(STOPS[i], STOPS[i + 1], t - i);
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
