package org.romaexplorer.figures;

import java.util.List;
import org.romaexplorer.report.ReportRow;

/**
 * One published number of the paper placed on a figure, with what the model gives for it.
 *
 * @param figure    figure id, e.g. "fig6"
 * @param series    series it belongs to, e.g. "Llama-3.2-3B"
 * @param x         x value on the figure (finite)
 * @param published value printed in the paper (a bound for bound rows)
 * @param modeled   value the model gives at the paper's setting
 * @param errorPct  (modeled − published) / published, percent
 * @param unit      unit of both values
 * @param relation  "" for a value, "≤" or "≥" for a bound the model must respect
 */
public record PublishedPoint(String figure, String series, double x, double published, double modeled,
                             double errorPct, String unit, String relation) {

    /** The paper report's rows that can be placed on a figure, computed once ({@link #of}). */
    public static List<PublishedPoint> onPaper() {
        return OnPaper.POINTS;
    }

    /** Holder: computed on first use, once, whichever thread gets there first (the window warms it). */
    private static final class OnPaper {
        static final List<PublishedPoint> POINTS = of(org.romaexplorer.report.PaperReport.rows());
    }

    /** The report's rows that can be placed on a figure (those with a finite x). */
    public static List<PublishedPoint> of(List<ReportRow> rows) {
        return rows.stream().filter(r -> Double.isFinite(r.x())).map(PublishedPoint::of).toList();
    }

    static PublishedPoint of(ReportRow r) {
        String rel = switch (r.kind()) {
            case VALUE -> "";
            case UPPER_BOUND -> "≤";
            case LOWER_BOUND -> "≥";
        };
        return new PublishedPoint(r.figure(), r.series(), r.x(), r.published(), r.modeled(), r.errorPct(),
                r.unit(), rel);
    }

    /**
     * The model the number was measured or modeled on: the series where it names a model; otherwise
     * Llama-3.2-3B, the model of Fig. 9's CPU and GPU runs (Sec. IV-C) and of Fig. 10's rank lines.
     */
    public String model() {
        return series.startsWith("Llama") ? series : org.romaexplorer.model.Models.LLAMA_3_2_3B.name();
    }

    /** "no" for a value, "upper" or "lower" for a bound the model must respect. */
    public String bound() {
        return switch (relation) {
            case "≤" -> "upper";
            case "≥" -> "lower";
            default -> "no";
        };
    }

    /** Tooltip text: "published P, modeled M (err%)". */
    public String tooltip() {
        String name = series.isEmpty() ? figure : series;
        return String.format("%s: published %s%s, modeled %s %s (%+.1f%%)", name, relation, num(published),
                num(modeled), unit, errorPct);
    }

    /** Four significant digits, no trailing zeros; thousands grouped. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (Math.abs(v) >= 1000) {
            return String.format("%,.0f", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
