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

    /** A computed count, refused when negative (an overflow): the design is outside the model's range. */
    public static long output(String key, long value) {
        if (value < 0) {
            throw new InvalidParameterException(key, "would be negative (" + value + "): the design is outside the model's range");
        }
        return value;
    }

    /** A computed amount, refused when negative, NaN or infinite: the design is outside the model's range. */
    public static double output(String key, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new InvalidParameterException(key, "would be " + value + ": the design is outside the model's range");
        }
        return value;
    }
}
