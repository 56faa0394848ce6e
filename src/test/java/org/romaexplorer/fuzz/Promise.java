package org.romaexplorer.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.romaexplorer.io.HfConfig;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Projection;

/**
 * The promise every input must keep, through the same load and evaluate path as {@code eval} and
 * {@code model}: either it is accepted and every output is finite and non-negative, or it is rejected with
 * an {@link InvalidParameterException} whose message is one line that names a field of the file (or the
 * file); never another exception.
 */
public final class Promise {
    private final Seeds seeds;
    private final Path dir;

    public Promise(Seeds seeds, Path dir) {
        this.seeds = seeds;
        this.dir = dir;
    }

    /**
     * What became of one input.
     *
     * @param accepted whether it was accepted
     * @param broken   null when the promise held, else how it broke
     */
    public record Verdict(boolean accepted, String broken) {}

    public Verdict check(Mutant m) {
        try {
            if (m.linked() != null) {
                Files.write(dir.resolve("linked.json"), m.linked());
            }
            return new Verdict(true, m.kind() == Mutant.Kind.PRESET ? accepted(loadPreset(m)) : accepted(loadHf(m)));
        } catch (InvalidParameterException e) {
            return new Verdict(false, rejection(e, m));
        } catch (Throwable t) {
            return new Verdict(false, "threw " + t);
        }
    }

    private DesignPoint loadPreset(Mutant m) throws IOException {
        return m.viaFile() ? PresetIo.read(Files.write(dir.resolve("mutant.json"), m.bytes()))
                : PresetIo.parse(m.text(), dir);
    }

    private ModelShape loadHf(Mutant m) throws IOException {
        Path file = Files.createDirectories(dir.resolve("hf")).resolve("config.json");
        return m.viaFile() ? HfConfig.read(Files.write(file, m.bytes())) : HfConfig.parse(m.text(), "mutant");
    }

    /** Why an accepted design point breaks the promise, or null. */
    static String accepted(DesignPoint p) {
        try {
            Map<String, Object> metrics = Evaluator.evaluate(p).asMap();
            metrics.put("lora_params", p.lora().params(p.model()));
            metrics.put("lora_bytes", p.lora().bytes(p.model()));
            metrics.putAll(org.romaexplorer.model.PowerBreakdown.peakW(p).asMap("power_w"));
            metrics.putAll(org.romaexplorer.model.PowerBreakdown.perDecodeToken(p, p.workload().kvLen()).asMap("energy_per_token_j"));
            return firstBad(metrics, accepted(p.model()));
        } catch (Throwable t) {
            return "accepted, but evaluating it threw " + t;
        }
    }

    /** Why the counts of an accepted model shape break the promise, or null. */
    static String accepted(ModelShape m) {
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        counts.put("params_total", m.totalParams());
        counts.put("params_norms", m.normParams());
        for (Projection p : Projection.values()) {
            counts.put("params_" + p.key(), m.projectionParams(p));
        }
        for (int bits : new int[] {4, 8, 16, 32}) {
            counts.put("kv_bytes_per_token@" + bits, m.kvBytesPerToken(bits));
        }
        return firstBad(counts, null);
    }

    private static String firstBad(Map<String, Object> values, String otherwise) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() instanceof Number n && !(n.doubleValue() >= 0 && Double.isFinite(n.doubleValue()))) {
                return "accepted with " + e.getKey() + " = " + n;
            }
        }
        return otherwise;
    }

    private String rejection(InvalidParameterException e, Mutant m) {
        String msg = e.getMessage();
        if (msg == null || !msg.codePoints().allMatch(Promise::visible) || msg.length() > 402) {
            return "message not one visible line: " + msg;
        }
        if (e.field().isBlank() || !msg.startsWith(e.field() + ": ")) {
            return "message does not start with a field: " + msg;
        }
        return namesAField(e.field(), m) ? null : "field names nothing in the file: " + msg;
    }

    /** The field, or a part of it after a dot, is a key of the seeds or appears in the mutant's text. */
    private boolean namesAField(String field, Mutant m) {
        String f = field.replaceFirst(" \\(.*\\)$", "");
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(f));
        for (int i = f.indexOf('.'); i >= 0; i = f.indexOf('.', i + 1)) {
            parts.add(f.substring(i + 1));
        }
        String text = m.text();
        if (parts.stream().map(p -> p.replace("…", "")).anyMatch(p -> seeds.isKnownField(p)
                || !p.isEmpty() && text.contains(unquoted(p)))) {
            return true;
        }
        String escaped = org.romaexplorer.model.OneLine.of(text, Integer.MAX_VALUE - 2);
        return parts.stream().map(p -> unquoted(p.replace("…", ""))).anyMatch(p -> !p.isEmpty() && escaped.contains(p));
    }

    private static String unquoted(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }

    private static boolean visible(int cp) {
        int t = Character.getType(cp);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && t != Character.SURROGATE;
    }
}
