package org.romaexplorer.figures;

import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Figure sizes for a two-column paper, in points (1/72 in): a single column is 3.5 in wide, a figure
 * across both columns 7.16 in (IEEE and ACM templates). Heights leave room for the legend; a figure of
 * two stacked plots (Figs. 8, 11, 12) is taller.
 */
public enum PaperSize {
    SINGLE(3.5, 3.2), DOUBLE(7.16, 3.2);

    private final double widthIn;
    private final double heightIn;

    PaperSize(double widthIn, double heightIn) {
        this.widthIn = widthIn;
        this.heightIn = heightIn;
    }

    public int widthPt() {
        return (int) Math.round(widthIn * 72);
    }

    /** Height for {@code chart}: 1.5× for two stacked plots. */
    public int heightPt(JFreeChart chart) {
        boolean stacked = chart.getPlot() instanceof CombinedDomainXYPlot
                || chart.getPlot() instanceof CombinedDomainCategoryPlot;
        return (int) Math.round(heightIn * 72 * (stacked ? 1.5 : 1));
    }

    public static PaperSize parse(String field, String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "unknown column size '" + name.trim() + "'; allowed: single, double");
        }
    }
}
