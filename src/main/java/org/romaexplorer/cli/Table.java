package org.romaexplorer.cli;

import java.util.Locale;
import java.util.Map;
import org.romaexplorer.model.OneLine;

/** Plain-text output. */
final class Table {
    private Table() {}

    static String keyValues(Map<String, ?> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-26s %s%n", k, format(v))));
        return sb.toString().stripTrailing();
    }

    static String format(Object v) {
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%,.1f" : "%.4g", d);
        }
        // A name from a file (a model's _name_or_path) may hold a newline: one value, one line.
        return v instanceof Long l ? String.format(Locale.ROOT, "%,d", l) : OneLine.of(String.valueOf(v));
    }
}
