package org.romaexplorer.figures;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.romaexplorer.model.InvalidParameterException;

/**
 * How an exported figure looks. SCREEN is the window's look (sizes in pixels); PAPER is for print
 * ({@link PaperStyle}: sizes in points, column widths from {@link PaperSize}, PNG at 300 dpi).
 */
public enum FigureStyle {
    SCREEN, PAPER;

    /** PNG resolution of the paper style. */
    public static final int PAPER_DPI = 300;

    /** Restyles a filled chart and adds {@code caption} (if not blank) below the plot. */
    public void apply(JFreeChart chart, String caption) {
        if (this == PAPER) {
            PaperStyle.apply(chart);
        }
        if (caption != null && !caption.isBlank()) {
            TextTitle t = new TextTitle(caption, this == PAPER ? PaperStyle.TEXT : new java.awt.Font("SansSerif",
                    java.awt.Font.PLAIN, 12));
            t.setPosition(RectangleEdge.BOTTOM);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(t);
        }
    }

    /** The style named {@code name}, case-insensitive; a bad name fails naming {@code field}. */
    public static FigureStyle parse(String field, String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "unknown style '" + name.trim() + "'; allowed: screen, paper");
        }
    }

    /** "screen" or "paper". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
