package org.romaexplorer.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text form of {@code optimize}'s result: a few lines, the same facts as its JSON. */
final class OptimizeText {
    private OptimizeText() {}

    static String of(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s, seed %s: %,d evaluations (%,d meet the requirements), %,d generations, %.2f s%n",
                r.get("algorithm"), r.get("seed"), (Long) r.get("evaluations"), (Long) r.get("feasible_evaluations"),
                (Long) r.get("generations"), (Double) r.get("seconds")));
        sb.append("objectives: ").append(String.join(", ", strings(r.get("objectives"))));
        List<String> req = strings(r.get("requirements"));
        sb.append("; requirements: ").append(req.isEmpty() ? "none" : String.join(", ", req)).append('\n');
        if (r.containsKey("best")) {
            sb.append("best: ").append(r.get("best") == null ? "no design meets the requirements" : pairs(r.get("best"))).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "front: %,d designs%s%n", (Integer) r.get("front_size"),
                r.containsKey("out") ? " -> " + r.get("out") : ""));
        if (r.get("hypervolume") instanceof Double hv) {
            sb.append(String.format(Locale.ROOT, "hypervolume %.6g against %s (%s)%n", hv, pairs(r.get("reference")),
                    r.get("reference_from")));
        } else {
            sb.append("hypervolume: ").append(r.get("hypervolume_note")).append('\n');
        }
        if (r.containsKey("exhaustive_points")) {
            sb.append(String.format(Locale.ROOT, "exhaustive: %,d points, front %,d designs, %.2f s", (Long) r.get("exhaustive_points"),
                    (Integer) r.get("exhaustive_front_size"), (Double) r.get("exhaustive_seconds")));
            if (r.get("exhaustive_hypervolume") instanceof Double ex) {
                sb.append(String.format(Locale.ROOT, ", hypervolume %.6g", ex));
                if (r.get("hypervolume_ratio") instanceof Double ratio) {
                    sb.append(String.format(Locale.ROOT, "; the search reaches %.3f%% of it with %.4f%% of the evaluations",
                            100 * ratio, 100 * (Double) r.get("evaluations_fraction")));
                }
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return (List<String>) o;
    }

    private static String pairs(Object o) {
        StringBuilder sb = new StringBuilder();
        ((Map<?, ?>) o).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(
                v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : String.valueOf(v)));
        return sb.toString();
    }
}
