package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The paper style's series looks: the Okabe–Ito colour-blind-safe palette (Okabe and Ito, "Color Universal
 * Design", 2008; black and yellow left out: black is kept for the current design, yellow is too light on
 * white), each colour paired with its own dash pattern and marker shape so a series stays recognisable
 * when printed in greyscale. Series i uses entry i modulo the number of entries.
 */
final class OkabeIto {
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    private static final Color[] COLORS = {BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY};
    private static final float[][] DASHES = {null, {4f, 2f}, {1f, 1.5f}, {4f, 1.5f, 1f, 1.5f}, {7f, 2f}, {2f, 2f}};

    private OkabeIto() {}

    static Color color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }

    /**
     * A line of {@code width} pt with series i's dash pattern (solid for series 0). From the seventh series on, when
     * the colours come round again, the dashes and markers are shifted by one per round, so no two of the first 36
     * series look alike.
     */
    static Stroke stroke(int i, float width) {
        float[] dash = DASHES[Math.floorMod(i + round(i), DASHES.length)];
        return dash == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10, dash, 0);
    }

    /** Series i's marker, {@code size} pt across, centred on the origin. */
    static Shape shape(int i, double size) {
        double h = size / 2;
        return switch (Math.floorMod(i + round(i), 6)) {
            case 0 -> new Ellipse2D.Double(-h, -h, size, size);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
            case 2 -> polygon(0, -h * 1.15, h * 1.1, h * 0.8, -h * 1.1, h * 0.8);
            case 3 -> polygon(0, -h * 1.2, h * 1.2, 0, 0, h * 1.2, -h * 1.2, 0);
            case 4 -> polygon(0, h * 1.15, h * 1.1, -h * 0.8, -h * 1.1, -h * 0.8);
            default -> polygon(-h, -h * 0.35, -h * 0.35, -h * 0.35, -h * 0.35, -h, h * 0.35, -h, h * 0.35,
                    -h * 0.35, h, -h * 0.35, h, h * 0.35, h * 0.35, h * 0.35, h * 0.35, h, -h * 0.35, h, -h * 0.35,
                    h * 0.35, -h, h * 0.35);
        };
    }

    /** How many times the colours have come round before series i. */
    private static int round(int i) {
        return Math.floorDiv(i, COLORS.length);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int k = 2; k < xy.length; k += 2) {
            p.lineTo(xy[k], xy[k + 1]);
        }
        p.closePath();
        return p;
    }
}
