package org.romaexplorer.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact hypervolume of a set of points against a reference point, for one to three objectives: the
 * measure of the region that some point dominates and that dominates the reference. Costs are minimized
 * (a maximized objective is negated, as {@link Objective#cost} does). A point that does not beat the
 * reference in every cost, or has a NaN, adds nothing; dominated points and duplicates add nothing.
 *
 * <p>k = 1: the reference minus the best cost. k = 2: sort by the first cost and add rectangles, O(n log n).
 * k = 3: sweep the points by the third cost, keeping the 2-D staircase of the points passed in a sorted map and
 * its area up to date as each point is inserted (each point enters and leaves the map once), O(n log n).
 * Plain Java, stateless.
 */
public final class Hypervolume {
    private Hypervolume() {}

    /**
     * Of rows {@code 0..n-1} of the row-major {@code n×k} cost array {@code cost}, against {@code reference}
     * (k costs).
     */
    public static double of(double[] cost, int n, int k, double[] reference) {
        if (k < 1 || k > 3) {
            throw new IllegalArgumentException("hypervolume is computed for 1 to 3 objectives, got " + k);
        }
        if (reference.length != k || cost.length < n * k) {
            throw new IllegalArgumentException("need " + k + " reference costs and " + n * k + " costs");
        }
        for (double r : reference) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("the reference point must be finite, got " + Arrays.toString(reference));
            }
        }
        int[] rows = inside(cost, n, k, reference);
        return switch (k) {
            case 1 -> rows.length == 0 ? 0 : reference[0] - Arrays.stream(rows).mapToDouble(r -> cost[r]).min().orElseThrow();
            case 2 -> area(cost, rows, reference);
            default -> volume(cost, rows, reference);
        };
    }

    /**
     * Of objective values (row-major {@code n×k}, in each metric's unit, not negated) against a reference in
     * the same units: a maximized objective's reference is a value the front's points lie above.
     */
    public static double ofValues(List<Objective> objectives, double[] values, int n, double[] reference) {
        int k = objectives.size();
        double[] cost = new double[n * k];
        double[] ref = new double[k];
        for (int j = 0; j < k; j++) {
            double sign = objectives.get(j).direction() == Objective.Direction.MIN ? 1 : -1;
            ref[j] = sign * reference[j];
            for (int i = 0; i < n; i++) {
                cost[i * k + j] = sign * values[i * k + j];
            }
        }
        return of(cost, n, k, ref);
    }

    /** The rows strictly better than the reference in every cost. */
    private static int[] inside(double[] cost, int n, int k, double[] ref) {
        return java.util.stream.IntStream.range(0, n).filter(r -> {
            for (int j = 0; j < k; j++) {
                if (!(cost[r * k + j] < ref[j])) {
                    return false;
                }
            }
            return true;
        }).toArray();
    }

    private static double area(double[] c, int[] rows, double[] ref) {
        Integer[] order = sorted(rows, (a, b) -> c[a * 2] != c[b * 2] ? Double.compare(c[a * 2], c[b * 2])
                : Double.compare(c[a * 2 + 1], c[b * 2 + 1]));
        double area = 0;
        double yBest = ref[1];
        for (int i = 0; i < order.length; i++) {
            double x = c[order[i] * 2];
            double y = c[order[i] * 2 + 1];
            if (y < yBest) {
                // The strip from this x to the reference, between the new and the previous best y.
                area += (ref[0] - x) * (yBest - y);
                yBest = y;
            }
        }
        return area;
    }

    private static double volume(double[] c, int[] rows, double[] ref) {
        Integer[] order = sorted(rows, (a, b) -> Double.compare(c[a * 3 + 2], c[b * 3 + 2]));
        Staircase stairs = new Staircase(ref[0], ref[1]);
        double volume = 0;
        for (int i = 0; i < order.length; i++) {
            int r = order[i];
            stairs.insert(c[r * 3], c[r * 3 + 1]);
            double zNext = i + 1 < order.length ? c[order[i + 1] * 3 + 2] : ref[2];
            volume += stairs.area() * (zNext - c[r * 3 + 2]);
        }
        return volume;
    }

    private static Integer[] sorted(int[] rows, java.util.Comparator<Integer> by) {
        Integer[] order = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(order, by);
        return order;
    }

    /**
     * The non-dominated 2-D points inserted so far (x ascending, y descending), and the area they dominate up
     * to the reference (rx, ry).
     */
    static final class Staircase {
        private final TreeMap<Double, Double> points = new TreeMap<>();
        private final double rx;
        private final double ry;
        private double area;

        Staircase(double rx, double ry) {
            this.rx = rx;
            this.ry = ry;
        }

        double area() { return area; }

        int size() { return points.size(); }

        /** Adds (x, y), x < rx and y < ry; drops the points it dominates; adds the area it alone covers. */
        void insert(double xIn, double yIn) {
            double x = xIn + 0.0; // -0.0 and 0.0 are one key
            double y = yIn + 0.0;
            Map.Entry<Double, Double> floor = points.floorEntry(x);
            double height = floor == null ? ry : floor.getValue();
            if (height <= y) {
                return; // a point at or left of x is at least as low: (x, y) is dominated
            }
            if (floor != null && floor.getKey() == x) {
                points.remove(x); // same x, higher: dominated by (x, y); the height left of x is unchanged
            }
            double at = x;
            Map.Entry<Double, Double> next = points.higherEntry(x);
            while (next != null && next.getValue() >= y) {
                area += (next.getKey() - at) * (height - y);
                at = next.getKey();
                height = next.getValue();
                points.remove(at);
                next = points.higherEntry(at);
            }
            area += ((next == null ? rx : next.getKey()) - at) * (height - y);
            points.put(x, y);
        }
    }
}
