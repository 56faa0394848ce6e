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
}
