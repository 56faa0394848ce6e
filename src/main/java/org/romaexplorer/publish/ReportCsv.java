package org.romaexplorer.publish;

import java.util.List;
import org.romaexplorer.report.ReportRow;

/**
 * The report as RFC 4180 CSV: a header of {@link ReportCells#COLUMNS}, one line per row. Numbers are
 * Locale-independent, never in exponent form, and read back to the same double: whole numbers as integers,
 * others as the shortest such decimal; a missing number (NaN) is an empty field.
 */
public final class ReportCsv {
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
            return d.isNaN() ? "" : plain(d);
        }
        return quote(String.valueOf(v));
    }

    /** Whole numbers as integers, others as the shortest decimal that reads back to the same double. */
    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        return s.indexOf('E') < 0 ? s : new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    /** Quotes a field holding a comma, quote or line break; doubles its quotes. */
    static String quote(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
