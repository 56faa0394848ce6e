package org.romaexplorer.ui.params;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as a user types and reads them in the parameter fields. Parsing never guesses: every text is
 * either a number in range or one plain sentence saying why not. Formatting shows the fewest significant
 * digits (up to six) that give the value back to 1e-9 (1.86 GiB stored as whole bytes still reads 1.86),
 * else four: 256, 1.86, 149.53, 0.3333. A constant's full value is in its tooltip.
 */
public final class NumberText {
    private static final Pattern RANGE = Pattern.compile("must be in \\[([^,]+), ([^\\]]+)\\], got (.+)");

    private NumberText() {}

    /** A parsed value or why the text is not one. Exactly one of the two is set. */
    public record Parsed(double value, String problem) {
        public boolean ok() { return problem == null; }
    }

    /** Parses {@code text}; commas, underscores and spaces between digits are ignored ("1,024"). */
    public static Parsed parse(String text, boolean integer, double min, double max) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (t.isEmpty()) {
            return bad("enter a value");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return bad("“" + text.strip() + "” is not a number");
        }
        if (v > max || v == Double.POSITIVE_INFINITY) {
            return bad(text.strip() + " is too large: at most " + format(max));
        }
        if (v < min || v == Double.NEGATIVE_INFINITY) {
            return bad(text.strip() + " is too small: at least " + format(min));
        }
        if (integer && v != Math.rint(v)) {
            return bad(text.strip() + " is not a whole number");
        }
        return new Parsed(v, null);
    }

    private static Parsed bad(String problem) {
        return new Parsed(Double.NaN, problem);
    }

    /** The value for a field: whole numbers without a decimal point, others to the digits they need. */
    public static String format(double v) {
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        for (int digits = 1; digits <= 6; digits++) {
            BigDecimal r = new BigDecimal(v).round(new MathContext(digits));
            if (Math.abs(r.doubleValue() - v) <= 1e-9 * Math.abs(v)) {
                return plain(r);
            }
        }
        return plain(new BigDecimal(v).round(new MathContext(4)));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /**
     * A model's message in plain words: "must be in [0.0, 1024.0], got -5.0" becomes "must be between 0 and
     * 1024, got -5", with the numbers divided by {@code scale} (bytes shown in GiB, for example).
     */
    public static String plainWords(String problem, double scale) {
        Matcher m = RANGE.matcher(problem);
        if (!m.matches()) {
            return problem;
        }
        try {
            return String.format(Locale.ROOT, "must be between %s and %s, got %s", scaled(m.group(1), scale),
                    scaled(m.group(2), scale), scaled(m.group(3), scale));
        } catch (NumberFormatException e) {
            return problem;
        }
    }

    private static String scaled(String number, double scale) {
        return format(Double.parseDouble(number.strip()) / scale);
    }
}
