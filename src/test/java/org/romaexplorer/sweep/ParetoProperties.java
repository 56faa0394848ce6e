package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ParetoProperties {

    /** Costs from a small set, so that ties and duplicate vectors are common; sometimes ±0, ±∞ or NaN. */
    @Provide
    Arbitrary<double[]> costs() {
        Arbitrary<Double> small = Arbitraries.integers().between(0, 6).map(Integer::doubleValue);
        Arbitrary<Double> odd = Arbitraries.of(-0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, small), net.jqwik.api.Tuple.of(1, odd))
                .array(double[].class).ofMaxSize(3 * 120);
    }

    @Property
    void twoObjectiveFrontIsTheBruteForceFront(@ForAll("costs") double[] v) {
        assertFrontIsBruteForce(v, 2);
    }

    @Property
    void threeObjectiveFrontIsTheBruteForceFront(@ForAll("costs") double[] v) {
        assertFrontIsBruteForce(v, 3);
    }

    @Property
    void oneAndFourObjectiveFrontsAreTheBruteForceFronts(@ForAll("costs") double[] v) {
        assertFrontIsBruteForce(v, 1);
        assertFrontIsBruteForce(v, 4);
    }

    @Property
    void frontOfAUnionIsTheFrontOfTheFrontsOfItsParts(@ForAll("costs") double[] v,
                                                       @ForAll @IntRange(min = 1, max = 40) int chunk,
                                                       @ForAll @IntRange(min = 1, max = 20) int pruneAt) {
        int k = 3;
        int n = v.length / k;
        Candidates merged = new Candidates(k, pruneAt);
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            double[] part = Arrays.copyOfRange(v, from * k, to * k);
            Candidates c = new Candidates(k);
            for (int row : Pareto.front(part, to - from, k)) {
                c.add(from + row, part, row);
            }
            merged.addAll(c);
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
