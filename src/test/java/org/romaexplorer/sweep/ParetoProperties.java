package org.romaexplorer.sweep;

import org.romaexplorer.model.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

class ParetoProperties {
    private static final double[] ODD = {-0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(6_000, 1000);
    }

    /** Up to 360 costs from a small set, so that ties and duplicate vectors are common; sometimes ±0, ±∞ or NaN. */
    static double[] costs(RandomCase c) {
        double[] v = new double[c.between(0, 3 * 120)];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.between(0, 20) == 0 ? ODD[c.between(0, ODD.length - 1)] : c.between(0, 6);
        }
        return v;
    }

    @PropertyTest
    void twoObjectiveFrontIsTheBruteForceFront(RandomCase c) {
        assertFrontIsBruteForce(costs(c), 2);
    }

    @PropertyTest
    void threeObjectiveFrontIsTheBruteForceFront(RandomCase c) {
        assertFrontIsBruteForce(costs(c), 3);
    }

    @PropertyTest
    void oneAndFourObjectiveFrontsAreTheBruteForceFronts(RandomCase c) {
        double[] v = costs(c);
        assertFrontIsBruteForce(v, 1);
        assertFrontIsBruteForce(v, 4);
    }

    @PropertyTest
    void frontOfAUnionIsTheFrontOfTheFrontsOfItsParts(RandomCase c) {
        double[] v = costs(c);
        int chunk = c.between(1, 40);
        int pruneAt = c.between(1, 20);
        int k = 3;
        int n = v.length / k;
        Candidates merged = new Candidates(k, pruneAt);
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            double[] part = Arrays.copyOfRange(v, from * k, to * k);
            Candidates front = new Candidates(k);
            for (int row : Pareto.front(part, to - from, k)) {
                front.add(from + row, part, row);
            }
            merged.addAll(front);
        }
        java.util.List<Objective> three = java.util.List.of(Objective.min(Metric.AREA_MM2),
                Objective.min(Metric.POWER_W), Objective.min(Metric.TTFT_MS));
        long[] expected = IntStream.of(bruteForce(v, n, k)).asLongStream().toArray();
        assertThat(merged.toFront(three).indices()).containsExactly(expected);
    }

    private static void assertFrontIsBruteForce(double[] v, int k) {
        int n = v.length / k;
        assertThat(Pareto.front(v, n, k)).as("k=%d %s", k, Arrays.toString(v)).containsExactly(bruteForce(v, n, k));
    }

    /** O(n²): a row is on the front iff it has no NaN and no NaN-free row dominates it. */
    static int[] bruteForce(double[] v, int n, int k) {
        return IntStream.range(0, n)
                .filter(r -> !hasNaN(v, k, r))
                .filter(r -> IntStream.range(0, n).noneMatch(q -> !hasNaN(v, k, q) && dominates(v, k, q, r)))
                .toArray();
    }

    private static boolean dominates(double[] v, int k, int q, int r) {
        boolean strictly = false;
        for (int j = 0; j < k; j++) {
            if (v[q * k + j] > v[r * k + j]) {
                return false;
            }
            strictly |= v[q * k + j] < v[r * k + j];
        }
        return strictly;
    }

    private static boolean hasNaN(double[] v, int k, int r) {
        return IntStream.range(0, k).anyMatch(j -> Double.isNaN(v[r * k + j]));
    }
}
