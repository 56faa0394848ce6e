package org.romaexplorer.sweep;

import java.util.Arrays;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;

/**
 * One knob of a search space and the values it may take, in display units: a list (a grid axis, choices or
 * bit widths), every whole number of an interval (an integer knob, or {@link #whole} for any knob), or every
 * real number of an interval (a continuous knob). An optimizer draws a position u in [0, 1) and
 * {@link #value} turns it into a value. Immutable.
 */
public final class Dimension {
    private final Param knob;
    private final double lo;
    private final double hi;
    private final double[] values;   // null: an interval
    private final boolean integral;

    private Dimension(Param knob, double lo, double hi, double[] values, boolean integral) {
        this.knob = knob;
        this.lo = lo;
        this.hi = hi;
        this.values = values;
        this.integral = integral;
    }

    /** The listed values of a grid axis, in its order. */
    public static Dimension of(Axis a) {
        double[] v = a.values();
        return new Dimension(a.knob(), Arrays.stream(v).min().orElseThrow(), Arrays.stream(v).max().orElseThrow(), v, true);
    }

    /**
     * [lo, hi] of {@code knob}: its allowed values inside it (bit widths), its whole numbers (integer knobs,
     * choices) or every real number (continuous knobs). Both ends must be values the knob accepts.
     */
    public static Dimension interval(Param knob, double lo, double hi) {
        String field = "--vary " + knob.key();
        check(knob, field, lo, hi);
        double[] allowed = knob.allowed();
        if (allowed.length > 0) {
            return of(new Axis(knob, Arrays.stream(allowed).filter(v -> v >= lo && v <= hi).toArray()));
        }
        return new Dimension(knob, lo, hi, null, knob.integer());
    }

    /** Every whole display unit in [lo, hi] (rounded inwards), for any knob; allowed values for bit widths. */
    public static Dimension whole(Param knob, double lo, double hi) {
        if (knob.allowed().length > 0) {
            return interval(knob, lo, hi);
        }
        double a = Math.ceil(lo);
        double b = Math.floor(hi);
        if (a > b) {
            throw new InvalidParameterException("--vary " + knob.key(), "no whole value in " + lo + "…" + hi);
        }
        check(knob, "--vary " + knob.key(), a, b);
        return new Dimension(knob, a, b, null, true);
    }

    private static void check(Param knob, String field, double lo, double hi) {
        if (!(lo <= hi)) {
            throw new InvalidParameterException(field, "empty range: LO " + knob.text(lo) + " > HI " + knob.text(hi));
        }
        for (double v : new double[] {lo, hi}) {
            try {
                knob.check(v);
            } catch (InvalidParameterException e) {
                throw new InvalidParameterException(field, e.problem());
            }
        }
    }

    public Param knob() { return knob; }

    public double lo() { return lo; }

    public double hi() { return hi; }

    /** Whether it takes finitely many values (a list or whole numbers). */
    public boolean discrete() { return integral; }

    /** How many values it takes; {@link Long#MAX_VALUE} for a continuous interval. */
    public long count() {
        return values != null ? values.length : integral ? (long) (hi - lo) + 1 : Long.MAX_VALUE;
    }

    /** The value at position {@code u} in [0, 1]: the ⌊u·n⌋-th of n discrete values, or lo + u·(hi − lo). */
    public double value(double u) {
        double t = Math.max(0, Math.min(1, u));
        if (!integral) {
            return Math.min(hi, lo + t * (hi - lo));
        }
        long n = count();
        long i = Math.min(n - 1, (long) Math.floor(t * n));
        return values != null ? values[(int) i] : lo + i;
    }

    /** The i-th value of a discrete dimension. */
    public double value(long i) {
        return values != null ? values[(int) i] : lo + i;
    }

    /** The position of {@code v} among the values of a discrete dimension ({@link #value(long)} inverted), or −1. */
    public long indexOf(double v) {
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == v) {
                    return i;
                }
            }
            return -1;
        }
        return integral && v >= lo && v <= hi && v == Math.rint(v) ? (long) (v - lo) : -1;
    }

    /** Its values as a grid axis; only for a discrete dimension of at most {@link Axis#MAX_VALUES} values. */
    public Axis axis() {
        if (!integral) {
            throw new InvalidParameterException("--vary " + knob.key(), "a continuous range (no :STEP) cannot be enumerated");
        }
        if (values != null) {
            return new Axis(knob, values);
        }
        if (count() > Axis.MAX_VALUES) {
            throw new InvalidParameterException("--vary " + knob.key(), "too many values to enumerate: " + count());
        }
        double[] v = new double[(int) count()];
        Arrays.setAll(v, i -> lo + i);
        return new Axis(knob, v);
    }

    /** "sram_mb=16..2048:1 (2033 values)", "lora_rank=0..256 (whole)", "clock_mhz=100..1000", "kv_bits=4,8". */
    @Override
    public String toString() {
        if (values == null) {
            return knob.key() + "=" + knob.text(lo) + ".." + knob.text(hi) + (integral ? " (whole)" : "");
        }
        double step = values.length > 2 ? values[1] - values[0] : 0;
        boolean even = step > 0;
        for (int i = 2; i < values.length && even; i++) {
            even = Math.abs(values[i] - values[i - 1] - step) <= 1e-9 * Math.max(1, Math.abs(step));
        }
        if (even) {
            return knob.key() + "=" + knob.text(values[0]) + ".." + knob.text(values[values.length - 1]) + ":"
                    + knob.text(step) + " (" + values.length + " values)";
        }
        StringBuilder sb = new StringBuilder(knob.key()).append('=');
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(knob.text(values[i]));
        }
        return sb.toString();
    }
}
