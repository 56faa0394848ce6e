package org.romaexplorer.publish;

import java.util.List;
import org.romaexplorer.report.ReportRow;

/**
 * The report as RFC 4180 CSV: a header of {@link ReportCells#COLUMNS}, one line per row. Numbers are
 * Locale-independent and read back to the same double; a missing number (NaN) is an empty field.
 */
final class ReportCsv {
    private ReportCsv() {}

    static String of(List<ReportRow> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", ReportCells.COLUMNS)).append("\r\n");
        for (ReportRow r : rows) {
            List<Object> raw = ReportCells.raw(r);
            for (int i = 0; i < raw.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(field(raw.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String field(Object v) {
        if (v instanceof Double d) {
            return d.isNaN() ? "" : Double.toString(d);
        }
        return quote(String.valueOf(v));
    }

    /** Quotes a field holding a comma, quote or line break; doubles its quotes. */
    static String quote(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
