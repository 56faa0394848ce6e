package org.romaexplorer.sweep;

import java.math.BigDecimal;
import java.util.Arrays;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knob;

/**
 * Parses {@code key=LO..HI:STEP} (LO, LO+STEP, … up to and including HI when it lands on the step) and
 * {@code key=A,B,C}. Range arithmetic is done in decimal, so {@code 0.1..0.3:0.1} gives exactly
 * 0.1, 0.2, 0.3. Every error is an {@link InvalidParameterException} whose field is {@code --vary KEY}.
 */
public final class AxisParser {
    private AxisParser() {}

    public static Axis parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new InvalidParameterException("--vary", "expected key=LO..HI:STEP or key=A,B,C, got '" + spec + "'");
        }
        Knob knob = knob(spec.substring(0, eq).trim());
        String field = "--vary " + knob.key();
        String body = spec.substring(eq + 1).trim();
        if (body.isEmpty()) {
            throw new InvalidParameterException(field, "no values");
        }
        double[] values = body.contains("..") ? range(field, body) : list(knob, field, body);
        return new Axis(knob, values);
    }

    private static Knob knob(String key) {
        try {
            return Knob.of(key);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("--vary " + key, "unknown parameter; known: " + Knob.keys());
        }
    }

    /** Numbers, or for a knob with named choices (kv_overflow=reject,spill) also their names. */
    private static double[] list(Knob knob, String field, String body) {
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

    private static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(field, "'" + text.trim() + "' is not a number");
        }
    }
}
