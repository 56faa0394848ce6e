package org.romaexplorer.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.io.JsonMappers;
import org.romaexplorer.report.ReportRow;

/** The report as a JSON array of objects keyed by {@link ReportCells#COLUMNS}; a missing number is null. */
final class ReportJson {
    private ReportJson() {}

    static String of(List<ReportRow> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        rows.forEach(r -> list.add(asMap(r)));
        return JsonMappers.pretty(list);
    }

    static Map<String, Object> asMap(ReportRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> raw = ReportCells.raw(r);
        for (int i = 0; i < raw.size(); i++) {
            Object v = raw.get(i);
            m.put(ReportCells.COLUMNS.get(i), v instanceof Double d && d.isNaN() ? null : v);
        }
        return m;
    }
}
