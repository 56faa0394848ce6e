package org.romaexplorer.sweep;

import java.util.Arrays;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;

/**
 * One swept parameter: a knob and the values it takes, in the knob's display units and in the order
 * given. Immutable: the array is copied in and out. Parse the CLI forms with {@link AxisParser}.
 *
 * @param knob   the parameter
 * @param values its values: at least one, at most {@link #MAX_VALUES}, distinct, each inside the knob's
 *               range and whole where the knob is
 */
public record Axis(Param knob, double[] values) {
    /** More values than this on one axis is almost surely a typo in the step. */
    public static final int MAX_VALUES = 1_000_000;

    public Axis {
        if (knob == null || values == null) {
            throw new InvalidParameterException("--vary", "knob and values must be given");
        }
        values = values.clone();
        String field = "--vary " + knob.key();
        if (values.length == 0) {
            throw new InvalidParameterException(field, "no values");
        }
        if (values.length > MAX_VALUES) {
            throw new InvalidParameterException(field, "too many points: " + values.length + " > " + MAX_VALUES);
        }
        for (double v : values) {
            checkValue(field, knob, v);
        }
        checkDistinct(field, values);
    }

    public static Axis of(Param knob, double... values) {
        return new Axis(knob, values);
    }

    @Override
    public double[] values() { return values.clone(); }

    public int size() { return values.length; }

    public double value(int i) { return values[i]; }

    /** The parameter's own check ({@link Param#check}), reported under {@code --vary key}. */
    private static void checkValue(String field, Param k, double v) {
        try {
            k.check(v);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(field, e.problem());
        }
    }

    private static void checkDistinct(String field, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new InvalidParameterException(field, "value " + sorted[i] + " appears twice");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && a.knob == knob && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() { return 31 * knob.hashCode() + Arrays.hashCode(values); }

    @Override
    public String toString() { return knob.key() + "=" + Arrays.toString(values); }
}
