package org.romaexplorer.sweep;

import java.util.Locale;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;

/**
 * A condition every reported design must meet: a metric of the {@link Metric} registry compared with a
 * threshold in the metric's own unit ({@code max_tokens>=8192}, {@code area_mm2<=400}, {@code fits_in_rom==true}).
 * {@code >=} and {@code <=} are for counts and amounts, {@code ==} for flags and counts. Immutable.
 *
 * @param metric    what is compared
 * @param op        how
 * @param threshold the value it is compared with (a flag: 1 or 0)
 */
public record Requirement(Metric metric, Op op, double threshold) {

    /** The comparison. */
    public enum Op {
        AT_LEAST(">="), AT_MOST("<="), EQUAL("==");

        private final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }
    }

    public Requirement {
        if (metric == null || op == null) {
            throw new InvalidParameterException("--require", "metric and comparison must be given");
        }
        String field = "--require " + metric.key() + (op == null ? "" : op.symbol);
        if (!Double.isFinite(threshold)) {
            throw new InvalidParameterException(field, "the value must be a finite number, got " + threshold);
        }
        if (op == Op.EQUAL && metric.kind() == Metric.Kind.AMOUNT) {
            throw new InvalidParameterException(field, "== is for flags and counts; " + metric.key()
                    + " is an amount: use >= or <=");
        }
        if (op != Op.EQUAL && metric.kind() == Metric.Kind.FLAG) {
            throw new InvalidParameterException(field, metric.key() + " is yes or no: use ==true or ==false");
        }
        if (metric.kind() == Metric.Kind.FLAG && threshold != 0 && threshold != 1) {
            throw new InvalidParameterException(field, "a flag is true or false, got " + threshold);
        }
    }

    public static Requirement atLeast(Metric m, double v) { return new Requirement(m, Op.AT_LEAST, v); }

    public static Requirement atMost(Metric m, double v) { return new Requirement(m, Op.AT_MOST, v); }

    public static Requirement equal(Metric m, double v) { return new Requirement(m, Op.EQUAL, v); }

    /**
     * Parses {@code KEY>=VALUE}, {@code KEY<=VALUE} or {@code KEY==VALUE}; a flag's value is true/false
     * (yes/no, 1/0). Every error names the whole requirement: {@code --require max_tokenz>=1: unknown metric …}.
     */
    public static Requirement parse(String spec) {
        String s = spec == null ? "" : spec.trim();
        String field = "--require " + s;
        int at = -1;
        Op op = null;
        for (Op o : Op.values()) {
            int i = s.indexOf(o.symbol);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
                op = o;
            }
        }
        if (op == null || at == 0) {
            throw new InvalidParameterException(field, "expected KEY>=VALUE, KEY<=VALUE or KEY==VALUE, e.g. max_tokens>=8192");
        }
        Metric m;
        try {
            m = Metric.of(s.substring(0, at), field);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(field, e.problem());
        }
        String value = s.substring(at + 2).trim();
        try {
            return new Requirement(m, op, m.kind() == Metric.Kind.FLAG ? flag(field, value) : number(field, m, value));
        } catch (InvalidParameterException e) {
            throw e.field().equals(field) ? e : new InvalidParameterException(field, e.problem());
        }
    }

    private static double flag(String field, String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> 1;
            case "false", "no", "0" -> 0;
            default -> throw new InvalidParameterException(field, "expected true or false, got '" + v + "'");
        };
    }

    private static double number(String field, Metric m, String v) {
        double d;
        try {
            d = v.length() > 40 ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(field, "'" + v + "' is not a number");
        }
        if (!Double.isFinite(d)) {
            throw new InvalidParameterException(field, "'" + v + "' is not a finite number");
        }
        return d;
    }

    /** The metric's value in {@code m}. */
    public double value(Metrics m) { return metric.of(m); }

    /** Whether {@code m} meets it. */
    public boolean holds(Metrics m) {
        return holds(metric.of(m));
    }

    /** Whether a value of the metric (its key's unit) meets it. */
    public boolean holds(double v) {
        return switch (op) {
            case AT_LEAST -> v >= threshold;
            case AT_MOST -> v <= threshold;
            case EQUAL -> v == threshold;
        };
    }

    /**
     * How far {@code m} misses it, 0 when it holds: the shortfall over max(|threshold|, 1), so that misses of
     * different metrics add up on one scale; a missed {@code ==} counts 1 at least.
     */
    public double violation(Metrics m) {
        double v = metric.of(m);
        if (holds(v)) {
            return 0;
        }
        double miss = Math.abs(v - threshold) / Math.max(Math.abs(threshold), 1);
        return op == Op.EQUAL ? Math.max(1, miss) : miss;
    }

    /** As typed: {@code max_tokens>=8192}, {@code fits_in_rom==true}. */
    @Override
    public String toString() {
        String v = metric.kind() == Metric.Kind.FLAG ? (threshold != 0 ? "true" : "false")
                : threshold == Math.rint(threshold) && Math.abs(threshold) < 1e15 ? Long.toString((long) threshold)
                : Double.toString(threshold);
        return metric.key() + op.symbol + v;
    }
}
