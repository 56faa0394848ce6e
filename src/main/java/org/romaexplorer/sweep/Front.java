package org.romaexplorer.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * The Pareto front of a sweep: the grid indices of its non-dominated points, ascending, with their
 * objective values (in {@code asMap} units, not negated). Immutable.
 *
 * @param objectives the objectives, in column order of {@code values}
 * @param indices    grid indices of the front's points, strictly ascending
 * @param values     row-major: {@code values[i*k + j]} is objective j of point {@code indices[i]}
 */
public record Front(List<Objective> objectives, long[] indices, double[] values) {

    public Front {
        objectives = List.copyOf(objectives);
        indices = indices.clone();
        values = values.clone();
        if (values.length != indices.length * objectives.size()) {
            throw new IllegalArgumentException("need " + objectives.size() + " values per index");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices must ascend");
            }
        }
    }

    public int size() { return indices.length; }

    public long index(int member) { return indices[member]; }

    public double value(int member, int objective) { return values[member * objectives.size() + objective]; }

    @Override
    public long[] indices() { return indices.clone(); }

    @Override
    public double[] values() { return values.clone(); }

    /** Whether grid point {@code index} is on the front: a binary search. */
    public boolean contains(long index) { return Arrays.binarySearch(indices, index) >= 0; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Front f && f.objectives.equals(objectives) && Arrays.equals(f.indices, indices)
                && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(indices); }

    @Override
    public String toString() { return "Front" + objectives + " of " + indices.length + " points"; }
}
