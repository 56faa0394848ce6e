package org.romaexplorer.publish;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.io.Csv;
import org.romaexplorer.report.ReportRow;

/**
 * The report as CSV in the app's one dialect ({@link Csv}): a header of {@link ReportCells#COLUMNS}, one line
 * per row. Numbers are Locale-independent, never in exponent form, and read back to the same double: whole numbers as integers,
 * others as the shortest such decimal; a missing number (NaN) is an empty field.
 */
public final class ReportCsv {
    private ReportCsv() {}

    static String of(List<ReportRow> rows) {
        List<List<String>> records = new ArrayList<>();
        records.add(ReportCells.COLUMNS);
        for (ReportRow r : rows) {
            records.add(ReportCells.raw(r).stream().map(ReportCsv::field).toList());
        }
        return Csv.lines(records, Csv.FORMAT);
    }

    private static String field(Object v) {
        if (v instanceof Double d) {
            return Csv.number(d);
        }
        return String.valueOf(v);
    }
}
