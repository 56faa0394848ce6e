package org.romaexplorer.sweep;

import java.util.Arrays;

/**
 * The exact non-dominated set of {@code n} cost vectors of {@code k} objectives, all minimized, stored
 * row-major in one array ({@code v[i*k + j]} is row i's cost j).
 *
 * <p>Row a dominates row b when a ≤ b in every cost and a < b in at least one. Ties: rows with equal
 * vectors do not dominate each other, so all copies of a non-dominated vector stay on the front. This is
 * the textbook definition; it makes the front independent of input order, so the front of a union equals
 * the front of the fronts of its parts. A row with a NaN cost is never on the front and dominates
 * nothing. −0.0 and 0.0 are equal.
 *
 * <p>Algorithm: sort the rows lexicographically (a dominator always sorts before what it dominates),
 * then scan. For k = 1 the front is every row equal to the minimum: O(n). For k = 2 the scan keeps the
 * best second cost seen so far: O(n log n). For k = 3 the scan keeps the staircase of the (second, third)
 * costs seen so far in a sorted map: a row is dominated exactly when an earlier, different row is at most
 * it in both, O(n log n) (a front of 23,000 rows among 47 million points no longer costs n·f). For k > 3
 * each row is checked against the front kept so far (sort-filter skyline): O(n log n + n·f) for a front of
 * f rows.
 */
public final class Pareto {
    private Pareto() {}

    /** Row numbers of the non-dominated rows, ascending. */
    public static int[] front(double[] v, int n, int k) {
        if (k < 1 || v.length < (long) n * k) {
            throw new IllegalArgumentException("need n*k values with k ≥ 1, got " + v.length + " for n=" + n + ", k=" + k);
        }
        int[] rows = withoutNaN(v, n, k);
        if (k == 1) {
            return minima(v, rows);
        }
        int[] order = IndexSort.lexicographic(v, k, rows);
        int[] front = k == 2 ? scan2(v, order) : k == 3 ? scan3(v, order) : scanK(v, k, order);
        Arrays.sort(front);
        return front;
    }

    /** Whether row a dominates row b. */
    public static boolean dominates(double[] v, int k, int a, int b) {
        boolean strictly = false;
        for (int j = 0; j < k; j++) {
            double x = v[a * k + j];
            double y = v[b * k + j];
            if (!(x <= y)) {
                return false;
            }
            strictly |= x < y;
        }
        return strictly;
    }

    /** One objective: every row equal to the minimum, O(n). */
    private static int[] minima(double[] v, int[] rows) {
        double min = Double.POSITIVE_INFINITY;
        for (int r : rows) {
            min = Math.min(min, v[r]);
        }
        final double best = min;
        return Arrays.stream(rows).filter(r -> v[r] == best).toArray();
    }

    private static int[] scan2(double[] v, int[] order) {
        int[] out = new int[order.length];
        int size = 0;
        double bestBefore = Double.POSITIVE_INFINITY;
        boolean any = false;
        for (int g = 0; g < order.length; ) {
            double first = v[2 * order[g]];
            double groupMin = v[2 * order[g] + 1];
            int end = g;
            while (end < order.length && v[2 * order[end]] == first) {
                int r = order[end++];
                double second = v[2 * r + 1];
                if (second == groupMin && (!any || second < bestBefore)) {
                    out[size++] = r;
                }
            }
            bestBefore = any ? Math.min(bestBefore, groupMin) : groupMin;
            any = true;
            g = end;
        }
        return Arrays.copyOf(out, size);
    }

    /**
     * Rows in lexicographic order, equal vectors side by side. An earlier row with a different vector has a first
     * cost at most this row's, so it dominates this row exactly when it is at most this row in the other two
     * costs too: the staircase of those (y, z) pairs answers that with one floor look-up.
     */
    private static int[] scan3(double[] v, int[] order) {
        int[] out = new int[order.length];
        int size = 0;
        java.util.TreeMap<Double, Double> stairs = new java.util.TreeMap<>();
        for (int g = 0; g < order.length; ) {
            int end = g + 1;
            while (end < order.length && IndexSort.compare(v, 3, order[g], order[end]) == 0) {
                end++;
            }
            double y = v[3 * order[g] + 1] + 0.0; // −0.0 and 0.0 are one key
            double z = v[3 * order[g] + 2] + 0.0;
            java.util.Map.Entry<Double, Double> below = stairs.floorEntry(y);
            if (below == null || below.getValue() > z) {
                for (int i = g; i < end; i++) {
                    out[size++] = order[i];
                }
                stairs.put(y, z);
                java.util.Map.Entry<Double, Double> next = stairs.higherEntry(y);
                while (next != null && next.getValue() >= z) {
                    stairs.remove(next.getKey());
                    next = stairs.higherEntry(y);
                }
            }
            g = end;
        }
        return Arrays.copyOf(out, size);
    }

    private static int[] scanK(double[] v, int k, int[] order) {
        int[] out = new int[order.length];
        int size = 0;
        for (int r : order) {
            if (!dominatedByAny(v, k, out, size, r)) {
                out[size++] = r;
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** Newest first: in lexicographic order a row's dominator is most often a recently kept row. */
    private static boolean dominatedByAny(double[] v, int k, int[] kept, int size, int r) {
        for (int i = size - 1; i >= 0; i--) {
            if (dominates(v, k, kept[i], r)) {
                return true;
            }
        }
        return false;
    }

    private static int[] withoutNaN(double[] v, int n, int k) {
        int[] rows = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (!hasNaN(v, k, i)) {
                rows[size++] = i;
            }
        }
        return size == n ? rows : Arrays.copyOf(rows, size);
    }

    private static boolean hasNaN(double[] v, int k, int row) {
        for (int j = 0; j < k; j++) {
            if (Double.isNaN(v[row * k + j])) {
                return true;
            }
        }
        return false;
    }
}
