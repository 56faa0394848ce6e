package org.romaexplorer.model;

/** Argument checks that name the offending field and the allowed range. */
public final class Check {
    private Check() {}

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidParameterException(field, "must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidParameterException(field, "must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    public static double range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidParameterException(field, "must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    public static int oneOf(String field, int value, int... allowed) {
        for (int a : allowed) {
            if (a == value) {
                return value;
            }
        }
        throw new InvalidParameterException(field, "must be one of " + java.util.Arrays.toString(allowed)
                + ", got " + value);
    }

    public static void notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(field, "must not be empty");
        }
    }

    /** As {@link #outputs} for one value, without an array. */
    public static void output(String key, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new InvalidParameterException(key, "would be " + value + ": the design is outside the model's range");
        }
    }

    /** What {@link #outputs} accepts: finite and not negative. Small enough to inline, so a chain of them builds no array. */
    public static boolean ok(double v) {
        return v >= 0 && v < Double.POSITIVE_INFINITY;
    }

    /**
     * Computed outputs, named by {@code keys} in the same order: each is refused when negative (a count
     * that overflowed), NaN or infinite, as the design is then outside the model's range.
     */
    public static void outputs(String[] keys, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0 && values[i] < Double.POSITIVE_INFINITY)) {
                throw new InvalidParameterException(keys[i], "would be " + values[i]
                        + ": the design is outside the model's range");
            }
        }
    }
}
