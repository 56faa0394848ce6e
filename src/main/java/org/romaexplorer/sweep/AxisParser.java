package org.romaexplorer.sweep;

import java.math.BigDecimal;
import java.util.Arrays;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;

/**
 * Parses {@code key=LO..HI:STEP} (LO, LO+STEP, … up to and including HI when it lands on the step) and
 * {@code key=A,B,C}. Range arithmetic is done in decimal, so {@code 0.1..0.3:0.1} gives exactly
 * 0.1, 0.2, 0.3. Every error is an {@link InvalidParameterException} whose field is {@code --vary KEY}.
 */
public final class AxisParser {
    static final int MAX_CHARS = 40;
    static final int MAX_EXPONENT = 30;

    private AxisParser() {}

    public static Axis parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new InvalidParameterException("--vary", "expected key=LO..HI:STEP or key=A,B,C, got '" + spec + "'");
        }
        Param knob = knob(spec.substring(0, eq).trim());
        String field = "--vary " + knob.key();
        String body = spec.substring(eq + 1).trim();
        if (body.isEmpty()) {
            throw new InvalidParameterException(field, "no values");
        }
        double[] values = body.contains("..") ? range(field, body) : list(knob, field, body);
        return new Axis(knob, values);
    }

    /**
     * A dimension of a search space: {@code key=LO..HI} (no step) is the interval — whole numbers for an integer
     * knob, every real number for a continuous one; the other forms are a grid axis as in {@link #parse}.
     */
    public static Dimension dimension(String spec) {
        int eq = spec.indexOf('=');
        String body = eq < 0 ? "" : spec.substring(eq + 1).trim();
        int dots = body.indexOf("..");
        if (eq <= 0 || dots < 0 || body.indexOf(':', dots) >= 0) {
            return Dimension.of(parse(spec));
        }
        Param knob = knob(spec.substring(0, eq).trim());
        String field = "--vary " + knob.key();
        return Dimension.interval(knob, decimal(field, body.substring(0, dots)).doubleValue(),
                decimal(field, body.substring(dots + 2)).doubleValue());
    }

    private static Param knob(String key) {
        try {
            return Params.of(key);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("--vary " + key, "unknown parameter; known: " + Params.keys());
        }
    }

    /** Numbers, or for a knob with named choices (kv_overflow=reject,spill) also their names. */
    private static double[] list(Param knob, String field, String body) {
        String[] parts = body.split(",", -1);
        return Arrays.stream(parts).mapToDouble(s -> knob.choices().contains(s.trim().toLowerCase(java.util.Locale.ROOT))
                ? knob.parse(s) : decimal(field, s).doubleValue()).toArray();
    }

    private static double[] range(String field, String body) {
        int dots = body.indexOf("..");
        int colon = body.indexOf(':', dots);
        if (colon < 0) {
            throw new InvalidParameterException(field, "expected LO..HI:STEP, got '" + body + "'");
        }
        BigDecimal lo = decimal(field, body.substring(0, dots));
        BigDecimal hi = decimal(field, body.substring(dots + 2, colon));
        BigDecimal step = decimal(field, body.substring(colon + 1));
        if (step.signum() <= 0) {
            throw new InvalidParameterException(field, "step must be > 0, got " + step.toPlainString());
        }
        if (lo.compareTo(hi) > 0) {
            throw new InvalidParameterException(field, "empty range: LO " + lo.toPlainString() + " > HI " + hi.toPlainString());
        }
        BigDecimal steps = hi.subtract(lo).divideToIntegralValue(step);
        if (steps.compareTo(BigDecimal.valueOf(Axis.MAX_VALUES)) >= 0) {
            throw new InvalidParameterException(field, "too many points: more than " + Axis.MAX_VALUES + " on one axis");
        }
        double[] values = new double[steps.intValueExact() + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = lo.add(step.multiply(BigDecimal.valueOf(i))).doubleValue();
        }
        return values;
    }

    /**
     * The number, if it has at most {@value #MAX_CHARS} characters and, unless zero, a magnitude from
     * 1e-{@value #MAX_EXPONENT} to 1e{@value #MAX_EXPONENT}: so every sum, product and quotient of range
     * arithmetic stays a few dozen digits long ({@code 1e-999999999} would take minutes, or throw).
     */
    private static BigDecimal decimal(String field, String text) {
        String t = text.trim();
        BigDecimal d;
        try {
            d = t.length() <= MAX_CHARS ? new BigDecimal(t) : null;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(field, "'" + t + "' is not a number");
        }
        if (d == null || d.signum() != 0 && Math.abs(d.precision() - d.scale() - 1L) > MAX_EXPONENT) {
            throw new InvalidParameterException(field, "'" + t + "' is out of range: numbers of up to " + MAX_CHARS
                    + " characters, from 1e-" + MAX_EXPONENT + " to 1e" + MAX_EXPONENT + " in magnitude, or 0");
        }
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }
}
