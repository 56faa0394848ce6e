package org.romaexplorer.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;

/**
 * The knobs an optimizer varies around a base design, each knob once. A design of the space is one value per
 * dimension, in display units. Immutable.
 *
 * @param dimensions the varied knobs, at least one
 */
public record SearchSpace(List<Dimension> dimensions) {

    public SearchSpace {
        dimensions = List.copyOf(dimensions);
        if (dimensions.isEmpty()) {
            throw new InvalidParameterException("--vary", "give at least one knob to vary");
        }
        Set<Param> seen = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!seen.add(d.knob())) {
                throw new InvalidParameterException("--vary " + d.knob().key(), "given more than once");
            }
        }
    }

    public int size() { return dimensions.size(); }

    public Dimension get(int i) { return dimensions.get(i); }

    /** Whether every dimension takes finitely many values. */
    public boolean discrete() {
        return dimensions.stream().allMatch(Dimension::discrete);
    }

    /** Number of designs, or {@link Long#MAX_VALUE} when continuous or beyond a long. */
    public long designs() {
        long n = 1;
        for (Dimension d : dimensions) {
            if (!d.discrete()) {
                return Long.MAX_VALUE;
            }
            try {
                n = Math.multiplyExact(n, d.count());
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /** The space as a grid, for enumerating it: every dimension discrete, at most {@link Axis#MAX_VALUES} values each. */
    public Grid grid() {
        return new Grid(dimensions.stream().map(Dimension::axis).toList());
    }

    /** The design at positions {@code u} (one in [0, 1] per dimension), into {@code values}. */
    public void values(double[] u, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = dimensions.get(i).value(u[i]);
        }
    }

    /** {@code base} with each dimension's knob set to its value. */
    public DesignPoint apply(DesignPoint base, double[] values) {
        DesignPoint p = base;
        for (int i = 0; i < values.length; i++) {
            p = dimensions.get(i).knob().set(p, values[i]);
        }
        return p;
    }

    /** Applies both ends (or every listed value) of each dimension to {@code base} alone; throws the first rejection. */
    public void checkAgainst(DesignPoint base) {
        for (Dimension d : dimensions) {
            long n = d.count();
            for (long i = 0; i < Math.min(n, 64); i++) {
                set(d, base, d.value(i));
            }
            set(d, base, d.discrete() ? d.value(n - 1) : d.hi());
            set(d, base, d.lo());
        }
    }

    private static void set(Dimension d, DesignPoint base, double v) {
        try {
            d.knob().set(base, v);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException("--vary " + d.knob().key(), e.problem());
        }
    }

    /** The knobs' keys, in order. */
    public List<String> keys() {
        return dimensions.stream().map(d -> d.knob().key()).toList();
    }
}
