package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: every published number against the model. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Hold the model against every number the paper publishes.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array of rows.")
    boolean json;

    @Option(names = "--loo", description = "Leave-one-out over the calibration rows, as a Markdown table.")
    boolean loo;

    @Option(names = "--update-doc", paramLabel = "FILE",
            description = "With --loo: replace the table between the loo markers of FILE (docs/paper-fit.md).")
    java.nio.file.Path doc;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (loo) {
            return LooTable.print(out, doc);
        }
        List<ReportRow> rows = PaperReport.rows();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            rows.forEach(r -> list.add(asMap(r)));
            out.println(Json.of(list));
        } else {
            out.println("Assumption set: " + PaperReport.assumptions());
            out.println(text(rows));
        }
        return 0;
    }

    static Map<String, Object> asMap(ReportRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("what", r.what());
        m.put("published", r.published());
        m.put("modeled", r.modeled());
        m.put("unit", r.unit());
        m.put("error_pct", Double.isNaN(r.errorPct()) ? null : r.errorPct());
        m.put("role", r.role().name().toLowerCase(Locale.ROOT));
        m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        m.put("holds", r.holds());
        return m;
    }

    /** A fixed-width table, one row per line; also the golden file's format. */
    public static String text(List<ReportRow> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-25s %12s %12s %-9s %9s  %-11s %-5s %s%n",
                "id", "published", "modeled", "unit", "error_pct", "role", "holds", "what"));
        for (ReportRow r : rows) {
            String bound = switch (r.kind()) {
                case VALUE -> "";
                case UPPER_BOUND -> "≤";
                case LOWER_BOUND -> "≥";
            };
            sb.append(String.format(Locale.ROOT, "%-25s %12s %12s %-9s %9s  %-11s %-5s %s%n", r.id(),
                    bound + Table.format(r.published()), Table.format(r.modeled()), r.unit(),
                    Double.isNaN(r.errorPct()) ? "n/a" : String.format(Locale.ROOT, "%+.2f", r.errorPct()),
                    r.role().name().toLowerCase(Locale.ROOT), r.holds() ? "yes" : "NO", r.what()));
        }
        return sb.toString().stripTrailing();
    }
}
