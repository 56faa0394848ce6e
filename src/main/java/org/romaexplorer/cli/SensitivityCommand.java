package org.romaexplorer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metric;
import org.romaexplorer.uncertainty.Sensitivity;
import org.romaexplorer.uncertainty.Sensitivity.Swing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sensitivity}: every constant at the low and high end of its range, sorted by the metric's swing. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = "Move each constant to the ends of its plausible range (docs/uncertainty.md) and show a metric.")
public final class SensitivityCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DesignOptions design;

    @Option(names = "--metric", required = true, paramLabel = "METRIC", description = "An eval metric, e.g. power_w.")
    String metric;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Metric m = metric(metric);
        DesignPoint p = design.design();
        List<Swing> swings = Sensitivity.run(p, m);
        double base = Sensitivity.base(p, m);
        spec.commandLine().getOut().println(json ? Json.of(asMap(m, base, swings)) : text(m, base, swings));
        return 0;
    }

    static Metric metric(String key) {
        return Metric.of(key, "--metric");
    }

    private static Map<String, Object> asMap(Metric m, double base, List<Swing> swings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", m.key());
        out.put("base", base);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Swing s : swings) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", s.key());
            r.put("unit", s.unit());
            r.put("basis", s.basis().name().toLowerCase(Locale.ROOT));
            r.put("low", s.lowValue());
            r.put("high", s.highValue());
            r.put("metric_at_low", finite(s.atLow()));
            r.put("metric_at_high", finite(s.atHigh()));
            r.put("swing", s.swing());
            rows.add(r);
        }
        out.put("constants", rows);
        return out;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String text(Metric m, double base, List<Swing> swings) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s at the design: %s%n%-28s %12s %12s %12s %12s  %s%n",
                m.key(), Table.format(base), "constant", "low", "high", "at low", "at high", "basis"));
        for (Swing s : swings) {
            sb.append(String.format(Locale.ROOT, "%-28s %12s %12s %12s %12s  %s%n", s.key(), Table.format(s.lowValue()),
                    Table.format(s.highValue()), Table.format(s.atLow()), Table.format(s.atHigh()),
                    s.basis().name().toLowerCase(Locale.ROOT)));
        }
        return sb.toString().stripTrailing();
    }
}
