package org.romaexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code params}: the registry of parameters and metrics, as a table, JSON or the Markdown of docs/parameters.md. */
@Command(name = "params", mixinStandardHelpOptions = true,
        description = "List every parameter (--set key, preset field, unit, range, default and its source) and every metric.")
public final class ParamsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print the tables of docs/parameters.md.")
    boolean markdown;

    @Override
    public Integer call() {
        String out = json ? Json.of(Map.of("parameters", params(), "metrics", metrics())) : markdown ? markdown() : text();
        spec.commandLine().getOut().println(out);
        return 0;
    }

    private static List<Map<String, Object>> params() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Param p : Params.all()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", p.key());
            r.put("name", p.name());
            r.put("unit", p.unit());
            r.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            r.put("values", values(p));
            r.put("default", p.text(p.value()));
            r.put("source", p.source());
            r.put("calibrated", p.calibrated());
            r.put("preset", p.presetPath());
            r.put("about", p.about());
            rows.add(r);
        }
        return rows;
    }

    private static List<Map<String, Object>> metrics() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Metric m : Metric.all()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", m.key());
            r.put("name", m.name());
            r.put("unit", m.unit());
            r.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            r.put("better", m.better().name().toLowerCase(Locale.ROOT));
            rows.add(r);
        }
        return rows;
    }

    /** What a parameter accepts: its choices, its allowed values or its range. */
    static String values(Param p) {
        if (!p.choices().isEmpty()) {
            return String.join(" | ", p.choices());
        }
        double[] allowed = p.allowed();
        if (allowed.length > 0) {
            List<String> a = new ArrayList<>();
            for (double v : allowed) {
                a.add(p.text(v));
            }
            return String.join(", ", a);
        }
        String lo = p.unit().equals("MiB") || p.unit().equals("GiB") ? "1 byte" : p.text(p.min());
        return lo + " … " + p.text(p.max());
    }

    private static String text() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-26s %-12s %-26s %s%n", "key", "unit", "values", "default"));
        for (Param p : Params.all()) {
            sb.append(String.format(Locale.ROOT, "%-26s %-12s %-26s %s%n", p.key(), p.unit(), values(p), p.text(p.value())));
        }
        sb.append(String.format(Locale.ROOT, "%nmetrics: %s", Metric.keys()));
        return sb.toString();
    }

    /** The tables of docs/parameters.md (a test keeps the page equal to this). */
    static String markdown() {
        StringBuilder sb = new StringBuilder("| key | name | unit | values | default | source | preset field |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Param p : Params.all()) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s%s | `%s` |%n", p.key(), p.name(), p.unit(),
                    values(p).replace("|", "\\|"), p.text(p.value()), p.source().replace("|", "\\|"),
                    p.calibrated() ? " (calibrated)" : "", p.presetPath()));
        }
        sb.append("\n| metric | name | unit | kind | better |\n|---|---|---|---|---|\n");
        for (Metric m : Metric.all()) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s |%n", m.key(), m.name(), m.unit(),
                    m.kind().name().toLowerCase(Locale.ROOT), m.better().name().toLowerCase(Locale.ROOT)));
        }
        return sb.toString().stripTrailing();
    }
}
