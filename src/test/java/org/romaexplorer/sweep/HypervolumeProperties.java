package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

/**
 * The sweep-line hypervolume against a brute force: cut space at every coordinate of the points and the
 * reference, and add every cell whose lower corner some point dominates (weakly). Small sets with many ties.
 */
class HypervolumeProperties {

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(22_000, 500);
    }

    @PropertyTest
    void equalsTheCellCount(RandomCase c) {
        int k = c.between(1, 3);
        int n = c.between(0, 12);
        double[] ref = new double[k];
        Arrays.setAll(ref, j -> c.between(3, 6));
        double[] cost = new double[n * k];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = c.chance(0.05) ? Double.NaN : c.between(0, 7) * (c.bool() ? 1 : 0.5) - (c.chance(0.1) ? 0.0 : 0);
        }
        assertThat(Hypervolume.of(cost, n, k, ref)).isCloseTo(bruteForce(cost, n, k, ref), within(1e-9));
    }

    @PropertyTest
    void doesNotDependOnOrderAndDominatedPointsAddNothing(RandomCase c) {
        int n = c.between(1, 40);
        double[] cost = new double[n * 3];
        Arrays.setAll(cost, i -> c.between(0.0, 10.0));
        double[] ref = {10, 10, 10};
        double hv = Hypervolume.of(cost, n, 3, ref);
        double[] reversed = new double[cost.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(cost, (n - 1 - i) * 3, reversed, i * 3, 3);
        }
        assertThat(Hypervolume.of(reversed, n, 3, ref)).isCloseTo(hv, within(1e-9 * Math.max(1, hv)));
        int[] front = Pareto.front(cost, n, 3);
        double[] onlyFront = new double[front.length * 3];
        for (int i = 0; i < front.length; i++) {
            System.arraycopy(cost, front[i] * 3, onlyFront, i * 3, 3);
        }
        assertThat(Hypervolume.of(onlyFront, front.length, 3, ref)).isCloseTo(hv, within(1e-9 * Math.max(1, hv)));
    }

    static double bruteForce(double[] cost, int n, int k, double[] ref) {
        double[][] cuts = new double[k][];
        for (int j = 0; j < k; j++) {
            final int d = j;
            cuts[j] = Stream.concat(java.util.stream.IntStream.range(0, n).mapToObj(i -> cost[i * k + d]),
                    Stream.of(ref[d])).mapToDouble(Double::doubleValue)
                    .filter(v -> !Double.isNaN(v) && v <= ref[d]).map(v -> v + 0.0).sorted().distinct().toArray();
        }
        int[] at = new int[k];
        double total = 0;
        while (true) {
            boolean cell = true;
            double volume = 1;
            double[] low = new double[k];
            for (int j = 0; j < k; j++) {
                if (at[j] + 1 >= cuts[j].length) {
                    cell = false;
                    break;
                }
                low[j] = cuts[j][at[j]];
                volume *= cuts[j][at[j] + 1] - low[j];
            }
            if (cell && dominated(cost, n, k, low)) {
                total += volume;
            }
            int j = k - 1;
            while (j >= 0 && ++at[j] >= Math.max(1, cuts[j].length - 1)) {
                at[j--] = 0;
            }
            if (j < 0) {
                return total;
            }
        }
    }

    private static boolean dominated(double[] cost, int n, int k, double[] corner) {
        for (int i = 0; i < n; i++) {
            boolean all = true;
            for (int j = 0; j < k; j++) {
                all &= cost[i * k + j] <= corner[j];
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
