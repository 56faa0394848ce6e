package org.romaexplorer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;

/**
 * One row of a comparison: a design input (a {@link Param}) or an output of the model, with its display
 * unit, its format and which way is better (inputs have no better way).
 */
public record Quantity(String key, String name, String unit, String format, Metric.Better better,
                       ToDoubleBiFunction<DesignPoint, Metrics> value, List<String> choices) {

    public double of(DesignPoint d, Metrics m) { return value.applyAsDouble(d, m); }

    /** Format of a yes/no quantity (held as 1 or 0). */
    static final String YES_NO = "yes/no";
    /** Format of an input: whole numbers grouped, others to the digits they need (288, 0.22621). */
    static final String PLAIN = "plain";

    /** The value as shown, e.g. "4,320", "12.34", "yes" or a choice's name ("fused"). */
    public String text(double v) {
        if (!choices.isEmpty()) {
            return choices.get((int) v);
        }
        return format.equals(YES_NO) ? (v != 0 ? "yes" : "no") : number(format, v);
    }

    /** The value as a CSV cell: exact (Comparison.plain), a choice by its name, a flag true or false. */
    public String cell(double v) {
        if (!choices.isEmpty()) {
            return choices.get((int) v);
        }
        return format.equals(YES_NO) ? String.valueOf(v != 0) : Comparison.plain(v);
    }

    /** {@code v} in {@code format}: a {@link String#format} pattern or {@link #PLAIN}. */
    static String number(String format, double v) {
        if (!format.equals(PLAIN)) {
            return String.format(format, v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format("%,.0f", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A change as shown: "+1,024 (+50.0%)"; for a yes/no quantity "now yes", "now no" or "same". */
    public String text(Delta d) {
        if (!format.equals(YES_NO)) {
            return d.text(format);
        }
        return d.change() == 0 ? "same" : d.change() > 0 ? "now yes" : "now no";
    }

    /** The headline metrics, in the metrics bar's order. */
    private static final List<Metric> HEADLINE = List.of(Metric.MAX_TOKENS, Metric.TTFT_MS, Metric.DECODE_TOKENS_PER_S,
            Metric.GENERATION_TOKENS_PER_S, Metric.AREA_MM2, Metric.POWER_W, Metric.TOKENS_PER_JOULE);

    /**
     * The headline metrics, the yes/no ones, then every other metric of the registry, then every parameter (the sliders first):
     * all from their declarations ({@link Metric}, {@link Params}).
     */
    public static final List<Quantity> ALL = build();

    private static List<Quantity> build() {
        List<Quantity> out = new ArrayList<>();
        HEADLINE.forEach(m -> out.add(of(m)));
        // Whether it runs (fits in ROM, context fits) next, before the many breakdowns: read first, not scrolled to.
        Metric.all().stream().filter(m -> m.kind() == Metric.Kind.FLAG).forEach(m -> out.add(of(m)));
        Metric.all().stream().filter(m -> !HEADLINE.contains(m) && m.kind() != Metric.Kind.FLAG).forEach(m -> out.add(of(m)));
        Params.sliders().forEach(k -> out.add(of(k)));
        Params.all().stream().filter(k -> !k.slider()).forEach(k -> out.add(of(k)));
        return List.copyOf(out);
    }

    /** A metric as a row: its name, unit, format and better way. */
    static Quantity of(Metric m) {
        String format = switch (m.kind()) {
            case COUNT -> "%,.0f";
            case FLAG -> YES_NO;
            case AMOUNT -> m.format();
        };
        return new Quantity(m.key(), m.name(), m.unit(), format, m.better(), (d, x) -> m.of(x), List.of());
    }

    /** A parameter as a row: an input, no better way. */
    static Quantity of(Param k) {
        return new Quantity(k.key(), k.name(), k.unit(), PLAIN, Metric.Better.NEITHER, (d, m) -> k.get(d),
                k.kind() == Param.Kind.CHOICE ? k.choices() : List.of());
    }

    /** The quantity with this key. */
    public static Quantity of(String key) {
        return ALL.stream().filter(q -> q.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quantity " + key));
    }
}
