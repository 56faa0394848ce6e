package org.romaexplorer.ui.report;

import java.math.BigDecimal;
import java.math.MathContext;
import org.romaexplorer.report.ReportRow;
import org.romaexplorer.report.ReportRow.Kind;
import org.romaexplorer.report.ReportRow.Role;

/**
 * How the report's cells read: bounds as the paper words them ("< 190" for "below 190", "> 10,000" for
 * "above 10,000"), enum values in words, errors without a negative zero. Formatting only; no JavaFX.
 */
final class ReportText {
    private ReportText() {}

    /** 5 significant digits with thousands separators; empty for NaN. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(5)).stripTrailingZeros();
        return String.format(d.scale() > 0 ? "%,." + d.scale() + "f" : "%,.0f", d);
    }

    /** The published number, with "<" or ">" in front when the paper gives a bound. */
    static String published(Kind kind, double v) {
        return switch (kind) {
            case VALUE -> number(v);
            case UPPER_BOUND -> "< " + number(v);
            case LOWER_BOUND -> "> " + number(v);
        };
    }

    /** Signed error to 0.1%, "0.0" for anything that rounds to zero, "—" when undefined. */
    static String error(double pct) {
        if (Double.isNaN(pct)) {
            return "—";
        }
        return Math.abs(pct) < 0.05 ? "0.0" : String.format("%+.1f", pct);
    }

    /**
     * The row's error cell: a value's signed error to 0.1%; a bound's too while it is small, but as a factor once
     * the model is more than twice (or under half) the bound, which is a margin, not an error: "×512", not
     * "+51100.0".
     */
    static String error(ReportRow r) {
        double pct = r.errorPct();
        if (r.kind() == Kind.VALUE || Double.isNaN(pct) || Math.abs(pct) < 100) {
            return error(pct);
        }
        return "×" + number(1 + pct / 100);
    }

    static String kind(Kind k) {
        return switch (k) {
            case VALUE -> "value";
            case UPPER_BOUND -> "upper bound";
            case LOWER_BOUND -> "lower bound";
        };
    }

    static String role(Role r) {
        return switch (r) {
            case CALIBRATION -> "calibration";
            case VALIDATION -> "validation";
            case CLAIM -> "claim";
        };
    }

    static String holds(boolean holds) {
        return holds ? "✓ yes" : "✗ no";
    }

    /** Orders errors by size, ignoring the sign; an undefined error is smaller than any. */
    static int bySize(Double a, Double b) {
        return Double.compare(size(a), size(b));
    }

    private static double size(Double v) {
        return v == null || v.isNaN() ? -1 : Math.abs(v);
    }

    /** The row's published cell. */
    static String published(ReportRow r) {
        return published(r.kind(), r.published());
    }
}
