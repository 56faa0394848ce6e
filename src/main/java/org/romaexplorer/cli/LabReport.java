package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ordered key/value output of the lab commands: one flat JSON object ({@code --json}) or an
 * aligned two-column text table. Non-finite doubles become JSON {@code null} and text "inf"/"nan".
 */
final class LabReport {
    /** Exit code for invalid user input (picocli's convention for usage errors). */
    static final int USAGE_ERROR = 2;

    private final Map<String, Object> fields = new LinkedHashMap<>();

    LabReport put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    void print(PrintWriter out, boolean json) {
        out.println(json ? toJson() : toTable());
        out.flush();
    }

    String toJson() {
        Map<String, Object> finite = new LinkedHashMap<>();
        fields.forEach((k, v) -> finite.put(k, v instanceof Double d && !Double.isFinite(d) ? null : v));
        return Json.compact(finite);
    }

    String toTable() {
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", k, text(v))));
        return sb.toString().stripTrailing();
    }

    /** Prints "error: field: problem" on one line and returns {@link #USAGE_ERROR}. */
    static int usageError(PrintWriter err, String field, String problem) {
        err.println("error: " + field + ": " + problem);
        err.flush();
        return USAGE_ERROR;
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return d.isNaN() ? "nan" : d.isInfinite() ? (d > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.6g", d);
        }
        return String.valueOf(v);
    }
}
