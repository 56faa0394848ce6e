package org.romaexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.romaexplorer.figures.AcceleratorFigures;
import org.romaexplorer.figures.ChartExport.Format;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.PaperSize;
import org.romaexplorer.figures.StyledFigures;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.Check;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.ProcessNode;
import org.romaexplorer.peers.AcceleratorRow;
import org.romaexplorer.peers.Accelerators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare-accelerators}: ROMA and the field as published, and all of them with the baselines on one model and node. */
@Command(name = "compare-accelerators", mixinStandardHelpOptions = true,
        description = "ROMA, TOM, BitROM and Taalas HC1 as published, then all of them and the GPU/CPU/SoC baselines "
                + "on one model, weight format, node and workload (docs/peers.md).")
public final class CompareAcceleratorsCommand implements Callable<Integer> {
    static final String LINE = "%-11s %-28s %5s %9s %9s %10s %10s %10s %8s %9s  %s%n";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", defaultValue = "bitnet-2b4t-ternary", paramLabel = "NAME|FILE",
            description = "Preset whose model and weight format every design runs (default ${DEFAULT-VALUE}; any bundled "
                    + "preset or a preset file: only its model and quantization are used).")
    String model;

    @Option(names = "--node", defaultValue = "7", paramLabel = "NM",
            description = "Process node every design is put at: " + "65, 28, 16, 12, 7, 6, 5 or 3 (default ${DEFAULT-VALUE}).")
    int node;

    @Option(names = "--input-len", defaultValue = "1024", description = "Prompt tokens (default ${DEFAULT-VALUE}).")
    int input;

    @Option(names = "--output-len", defaultValue = "1024", description = "Output tokens (default ${DEFAULT-VALUE}).")
    int output;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--figures", paramLabel = "DIR", description = "Also write the bar and profile figures into DIR.")
    Path figures;

    @Option(names = "--format", defaultValue = "png,svg,pdf,csv", paramLabel = "LIST",
            description = "With --figures: png, svg, pdf, csv (default ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--style", defaultValue = "screen", paramLabel = "screen|paper", description = "With --figures: screen or paper.")
    String style;

    @Option(names = "--column", defaultValue = "double", paramLabel = "single|double",
            description = "With --figures --style paper: single (3.5 in) or double column (7.16 in, the default: eight "
                    + "designs side by side).")
    String column;

    @Override
    public Integer call() throws Exception {
        Check.range("--input-len", input, 1, 1 << 20);
        Check.range("--output-len", output, 1, 1 << 20);
        DesignPoint ref = reference(model, node, input, output);
        List<AcceleratorRow> published = Accelerators.published();
        List<AcceleratorRow> normalized = Accelerators.normalized(ref);
        List<String> what = Accelerators.normalization(ref);
        if (figures != null) {
            writeFigures(ref);
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("model", ref.model().name());
            r.put("node_nm", node);
            r.put("input_len", input);
            r.put("output_len", output);
            m.put("reference", r);
            m.put("published", maps(published));
            m.put("normalized", maps(normalized));
            m.put("normalization", what);
            out.println(Json.of(m));
        } else {
            out.print("As published (each on its own model, node and workload):\n" + table(published));
            out.printf(Locale.ROOT, "%nOn %s at %d nm, %,d in / %,d out:%n%s", ref.model().name(), node, input, output,
                    table(normalized));
            out.println("\nNormalized:");
            what.forEach(w -> out.println("- " + w));
        }
        out.flush();
        return 0;
    }

    /** The reference design point: a preset's model and format at a node, under a workload; errors name the option. */
    static DesignPoint reference(String model, int node, int input, int output) throws java.io.IOException {
        ProcessNode n;
        try {
            n = ProcessNode.of(node);
        } catch (org.romaexplorer.model.InvalidParameterException e) {
            throw new org.romaexplorer.model.InvalidParameterException("--node", e.problem());
        }
        DesignPoint m;
        try {
            m = PresetIo.load(model);
        } catch (org.romaexplorer.model.InvalidParameterException e) {
            throw new org.romaexplorer.model.InvalidParameterException("--model",
                    e.field().equals("preset") ? e.problem() : e.getMessage());
        }
        return Accelerators.reference(m, n, input, output);
    }

    private void writeFigures(DesignPoint ref) throws java.io.IOException {
        FigureStyle look = FigureStyle.parse("--style", style);
        PaperSize size = PaperSize.parse("--column", column);
        Set<Format> chosen = FiguresCommand.parse(formats);
        Files.createDirectories(figures);
        for (PaperFigure f : AcceleratorFigures.styled(ref, look)) {
            for (Format fmt : chosen) {
                StyledFigures.write(f, fmt, figures.resolve(f.id() + "." + fmt.extension()), look, size, 0, 0);
            }
        }
    }

    static String table(List<AcceleratorRow> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, LINE, "design", "model", "nm", "area mm²",
                "MiB/mm²", "prefill/s", "decode/s", "tokens/J", "power W", "context", "fits"));
        for (AcceleratorRow r : rows) {
            sb.append(String.format(Locale.ROOT, LINE, r.name(), cut(r.model(), 28), r.baseline() ? "—" : r.nodeNm(),
                    num(r.areaMm2()), num(r.weightDensity()), num(r.prefillTokensPerS()), num(r.decodeTokensPerS()),
                    num(r.tokensPerJoule()), num(r.powerW()), String.format(Locale.ROOT, "%,d", r.maxContext()), r.fits()));
        }
        return sb.toString();
    }

    private static String cut(String s, int n) {
        String one = org.romaexplorer.model.OneLine.of(s);
        return one.length() <= n ? one : one.substring(0, n - 1) + "…";
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static List<Map<String, Object>> maps(List<AcceleratorRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AcceleratorRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("preset", r.preset());
            m.put("baseline", r.baseline());
            m.put("model", r.model());
            m.put("node_nm", r.baseline() ? null : r.nodeNm());
            m.put("area_mm2", nan(r.areaMm2()));
            m.put("weight_density_mib_per_mm2", nan(r.weightDensity()));
            m.put("prefill_tokens_per_s", r.prefillTokensPerS());
            m.put("decode_tokens_per_s", r.decodeTokensPerS());
            m.put("tokens_per_joule", r.tokensPerJoule());
            m.put("power_w", r.powerW());
            m.put("max_context", r.maxContext());
            m.put("fits", r.fits());
            out.add(m);
        }
        return out;
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
