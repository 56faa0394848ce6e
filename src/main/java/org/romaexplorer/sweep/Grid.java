package org.romaexplorer.sweep;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;

/**
 * The Cartesian product of some axes, addressed by a point index in {@code [0, size)}. The index is a
 * mixed-radix number whose last axis varies fastest, so no list of points is ever built. Immutable.
 *
 * @param axes the swept parameters, each knob at most once; none means the single base point
 */
public record Grid(List<Axis> axes) {

    public Grid {
        axes = List.copyOf(axes);
        Set<Param> seen = new java.util.HashSet<>();
        for (Axis a : axes) {
            if (!seen.add(a.knob())) {
                throw new InvalidParameterException("--vary " + a.knob().key(), "given more than once");
            }
        }
        size(axes);
    }

    public static Grid of(Axis... axes) {
        return new Grid(List.of(axes));
    }

    /** Number of points: the product of the axis sizes. */
    public long size() {
        return size(axes);
    }

    public int dimensions() {
        return axes.size();
    }

    /** The axis digits of point {@code index}: {@code digits[d]} indexes {@code axes.get(d).values}. */
    public void digits(long index, int[] digits) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("point " + index + " of " + size());
        }
        for (int d = axes.size() - 1; d >= 0; d--) {
            int radix = axes.get(d).size();
            digits[d] = (int) (index % radix);
            index /= radix;
        }
    }

    /** Inverse of {@link #digits}. */
    public long index(int[] digits) {
        long index = 0;
        for (int d = 0; d < axes.size(); d++) {
            index = index * axes.get(d).size() + digits[d];
        }
        return index;
    }

    /** The parameter values of point {@code index}, one per axis, in display units. */
    public double[] values(long index) {
        int[] digits = new int[axes.size()];
        digits(index, digits);
        double[] values = new double[axes.size()];
        for (int d = 0; d < values.length; d++) {
            values[d] = axes.get(d).value(digits[d]);
        }
        return values;
    }

    /** Applies every value of every axis to {@code base} alone; throws the first rejection. */
    public void checkAgainst(DesignPoint base) {
        for (Axis a : axes) {
            for (int i = 0; i < a.size(); i++) {
                a.knob().set(base, a.value(i));
            }
        }
    }

    /** A cursor standing on point {@code from}. */
    public GridCursor cursor(DesignPoint base, long from) {
        return new GridCursor(this, base, from);
    }

    private static long size(List<Axis> axes) {
        long n = 1;
        for (Axis a : axes) {
            try {
                n = Math.multiplyExact(n, a.size());
            } catch (ArithmeticException e) {
                throw new InvalidParameterException("--vary", "too many points: the grid has more than " + Long.MAX_VALUE);
            }
        }
        return n;
    }
}
