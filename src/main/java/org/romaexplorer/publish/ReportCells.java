package org.romaexplorer.publish;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import org.romaexplorer.report.ReportRow;

/**
 * The report's columns, shared by every format: the raw values (for CSV and JSON) and their display text
 * (for Markdown, HTML and LaTeX). A bound row shows its published number as "≤ 190" or "≥ 10,000".
 */
public final class ReportCells {
    /** Column names, in order; also the CSV header and the JSON keys. */
    public static final List<String> COLUMNS = List.of("id", "what", "figure", "series", "x", "published",
            "modeled", "unit", "error_pct", "role", "kind", "holds");
    /** Column headings for the human formats (Markdown, HTML, LaTeX), one per {@link #COLUMNS}. */
    public static final List<String> HEADINGS = List.of("Id", "What", "Figure", "Series", "x", "Published",
            "Modeled", "Unit", "Error", "Role", "Kind", "Holds");

    private ReportCells() {}

    /** The row's raw values, one per {@link #COLUMNS}: strings, doubles (NaN where none) and a boolean. */
    public static List<Object> raw(ReportRow r) {
        return List.of(r.id(), r.what(), r.figure(), r.series(), r.x(), r.published(), r.modeled(), r.unit(),
                r.errorPct(), role(r), kind(r), r.holds());
    }

    /** The row as display text, one per {@link #COLUMNS}. */
    public static List<String> display(ReportRow r) {
        return List.of(r.id(), r.what(), r.figure(), r.series(), num(r.x()), bound(r) + num(r.published()),
                num(r.modeled()), r.unit(), error(r.errorPct()), role(r), kind(r).replace('_', ' '),
                r.holds() ? "yes" : "no");
    }

    public static String role(ReportRow r) {
        return r.role().name().toLowerCase(Locale.ROOT);
    }

    public static String kind(ReportRow r) {
        return r.kind().name().toLowerCase(Locale.ROOT);
    }

    /** "≤ " for an upper bound, "≥ " for a lower bound, "" for a value. */
    public static String bound(ReportRow r) {
        return switch (r.kind()) {
            case VALUE -> "";
            case UPPER_BOUND -> "≤ ";
            case LOWER_BOUND -> "≥ ";
        };
    }

    /** Signed error in percent with one decimal ("0.0%" when it rounds to zero); "n/a" where undefined. */
    public static String error(double pct) {
        if (Double.isNaN(pct)) {
            return "n/a";
        }
        return Math.abs(pct) < 0.05 ? "0.0%" : String.format(Locale.ROOT, "%+.1f%%", pct);
    }

    /** Five significant digits, no trailing zeros, thousands grouped; "" for NaN. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "" : String.valueOf(v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(5)).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", d) : d.toPlainString();
    }
}
