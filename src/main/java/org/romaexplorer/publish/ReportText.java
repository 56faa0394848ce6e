package org.romaexplorer.publish;

import java.util.List;
import java.util.Locale;
import org.romaexplorer.report.ReportRow;

/** The report as a fixed-width text table, one row per line: the CLI's default and the golden file's format. */
final class ReportText {
    private static final String LINE = "%-25s %12s %12s %-9s %9s  %-11s %-5s %s%n";

    private ReportText() {}

    static String of(List<ReportRow> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, LINE,
                "id", "published", "modeled", "unit", "error_pct", "role", "holds", "what"));
        for (ReportRow r : rows) {
            sb.append(String.format(Locale.ROOT, LINE, r.id(), ReportCells.bound(r).strip() + number(r.published()),
                    number(r.modeled()), r.unit(),
                    Double.isNaN(r.errorPct()) ? "n/a" : String.format(Locale.ROOT, "%+.2f", r.errorPct()),
                    ReportCells.role(r), r.holds() ? "yes" : "NO", r.what()));
        }
        return sb.toString().stripTrailing();
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.1f" : "%.4g", d);
    }
}
