package org.romaexplorer.sweep;

import java.util.Arrays;
import java.util.List;

/**
 * Growable flat store of (grid index, cost vector) rows that are candidates for the front. Chunks add
 * their own fronts; when the store doubles past its last pruned size it prunes itself to its front
 * again, so it stays within about twice the final front (front of a union = front of the fronts).
 */
final class Candidates {
    private static final int MIN_PRUNE = 4_096;
    private final int k;
    private long[] index = new long[64];
    private double[] cost;
    private int size;
    private final int minPrune;
    private int pruneAt;

    Candidates(int k) {
        this(k, MIN_PRUNE);
    }

    /** As above, pruning first at {@code minPrune} rows; tests use a small one. */
    Candidates(int k, int minPrune) {
        this.k = k;
        this.cost = new double[64 * k];
        this.minPrune = minPrune;
        this.pruneAt = minPrune;
    }

    int size() { return size; }

    void add(long gridIndex, double[] costs, int row) {
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            cost = Arrays.copyOf(cost, size * 2 * k);
        }
        index[size] = gridIndex;
        System.arraycopy(costs, row * k, cost, size * k, k);
        size++;
    }

    void addAll(Candidates other) {
        for (int i = 0; i < other.size; i++) {
            add(other.index[i], other.cost, i);
        }
        if (size >= pruneAt) {
            prune();
            pruneAt = Math.max(minPrune, 2 * size);
        }
    }

    /** Keeps only this store's non-dominated rows, in the order they were added. */
    void prune() {
        int[] keep = Pareto.front(cost, size, k);
        for (int i = 0; i < keep.length; i++) {
            index[i] = index[keep[i]];
            System.arraycopy(cost, keep[i] * k, cost, i * k, k);
        }
        size = keep.length;
    }

    /** The front, sorted by grid index, with values turned back from costs. */
    Front toFront(List<Objective> objectives) {
        prune();
        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(index[a], index[b]));
        long[] ids = new long[size];
        double[] values = new double[size * k];
        for (int i = 0; i < size; i++) {
            ids[i] = index[order[i]];
            for (int j = 0; j < k; j++) {
                double c = cost[order[i] * k + j];
                values[i * k + j] = objectives.get(j).direction() == Objective.Direction.MIN ? c : -c;
            }
        }
        return new Front(objectives, ids, values);
    }
}
