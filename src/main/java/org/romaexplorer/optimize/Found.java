package org.romaexplorer.optimize;

import java.util.Arrays;

/**
 * One design an optimizer reports: its knob values (display units, one per dimension of the space) and its
 * objective values (each metric's unit, not negated). Immutable.
 */
public record Found(double[] values, double[] objectives) {
    public Found {
        values = values.clone();
        objectives = objectives.clone();
    }

    @Override
    public double[] values() { return values.clone(); }

    @Override
    public double[] objectives() { return objectives.clone(); }

    public double value(int dimension) { return values[dimension]; }

    public double objective(int j) { return objectives[j]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Found f && Arrays.equals(f.values, values) && Arrays.equals(f.objectives, objectives);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(values) + Arrays.hashCode(objectives); }

    @Override
    public String toString() { return Arrays.toString(values) + " -> " + Arrays.toString(objectives); }
}
