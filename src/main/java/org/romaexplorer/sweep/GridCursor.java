package org.romaexplorer.sweep;

import org.romaexplorer.model.DesignPoint;

/**
 * Walks a {@link Grid} in index order like an odometer. It keeps the design point with the first
 * {@code d} axes applied for every {@code d}, so a step re-applies only the axes whose digit changed:
 * about one {@code Param.set} per point. Not thread-safe; one per worker.
 */
public final class GridCursor {
    private final Grid grid;
    private final int[] digits;
    private final double[] values;
    private final DesignPoint[] prefix;
    private long index;

    GridCursor(Grid grid, DesignPoint base, long from) {
        this.grid = grid;
        int n = grid.dimensions();
        this.digits = new int[n];
        this.values = new double[n];
        this.prefix = new DesignPoint[n + 1];
        this.prefix[0] = base;
        this.index = from;
        grid.digits(from, digits);
        rebuildFrom(0);
    }

    public long index() { return index; }

    /** The current point with every axis applied. */
    public DesignPoint point() { return prefix[digits.length]; }

    /** The current axis values; the array is reused by {@link #next()}, so copy it to keep it. */
    public double[] values() { return values; }

    /** Moves to the next index; returns false (and stays) on the last point. */
    public boolean next() {
        int d = digits.length - 1;
        while (d >= 0 && digits[d] == grid.axes().get(d).size() - 1) {
            d--;
        }
        if (d < 0) {
            return false;
        }
        digits[d]++;
        for (int e = d + 1; e < digits.length; e++) {
            digits[e] = 0;
        }
        index++;
        rebuildFrom(d);
        return true;
    }

    private void rebuildFrom(int d) {
        for (int e = d; e < digits.length; e++) {
            Axis a = grid.axes().get(e);
            values[e] = a.value(digits[e]);
            prefix[e + 1] = a.knob().set(prefix[e], values[e]);
        }
    }
}
