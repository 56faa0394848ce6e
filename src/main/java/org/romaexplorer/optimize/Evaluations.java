package org.romaexplorer.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Pareto;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.SearchSpace;
import org.romaexplorer.sweep.SweepControl;

/**
 * Every design a search has evaluated: each distinct design once, through {@link Evaluator#evaluate} (the
 * model code of {@code eval}), at most {@code budget} of them. Batches run on the workers, results are taken
 * in batch order on the calling thread, so a search is the same on one thread or many. Keeps the objective
 * values of the designs that meet the requirements, for the front at the end. Not thread-safe: one per search.
 */
final class Evaluations {
    /** Designs per task handed to the workers. */
    private static final int TASK = 64;
    /** Miss of a design the model refuses (a combination of values no record accepts). */
    private static final double REFUSED = 1e9;

    private final DesignPoint base;
    private final SearchSpace space;
    private final List<Objective> objectives;
    private final Requirements requirements;
    private final long budget;
    private final Executor workers;
    private final SweepControl control;
    private final Optimizer.Listener listener;
    private final Map<Key, Fitness> seen = new HashMap<>();
    private final int d;
    private final int k;
    private double[] values = new double[0];
    private double[] costs = new double[0];
    private int stored;
    private long count;
    private long feasible;

    Evaluations(DesignPoint base, SearchSpace space, List<Objective> objectives, Requirements requirements, long budget,
                Executor workers, SweepControl control, Optimizer.Listener listener) {
        this.base = base;
        this.space = space;
        this.objectives = objectives;
        this.requirements = requirements;
        this.budget = budget;
        this.workers = workers;
        this.control = control;
        this.listener = listener;
        this.d = space.size();
        this.k = objectives.size();
    }

    long count() { return count; }

    long feasible() { return feasible; }

    boolean exhausted() { return count >= budget; }

    /**
     * The fitness of each design (values in display units), evaluating those not seen before while the budget
     * lasts; a design past the budget gets {@link Fitness#UNKNOWN}. Throws CancellationException when cancelled.
     */
    Fitness[] fitness(List<double[]> designs) {
        checkCancelled();
        Fitness[] out = new Fitness[designs.size()];
        List<double[]> fresh = new ArrayList<>();
        Map<Key, Integer> freshAt = new HashMap<>();
        for (double[] v : designs) {
            Key key = new Key(v);
            if (!seen.containsKey(key) && !freshAt.containsKey(key) && count + fresh.size() < budget) {
                freshAt.put(key, fresh.size());
                fresh.add(v);
            }
        }
        Metrics[] metrics = evaluate(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            seen.put(new Key(fresh.get(i)), record(fresh.get(i), metrics[i]));
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = seen.getOrDefault(new Key(designs.get(i)), Fitness.UNKNOWN);
        }
        control.progress().accept(count);
        return out;
    }

    private Fitness record(double[] v, Metrics m) {
        count++;
        if (m == null) {
            return new Fitness(new double[k], REFUSED);
        }
        double[] gain = new double[k];
        for (int j = 0; j < k; j++) {
            gain[j] = -objectives.get(j).cost(m);
        }
        double miss = requirements.violation(m);
        listener.evaluated(v, m, miss == 0);
        if (miss == 0) {
            feasible++;
            store(v, gain);
        }
        return new Fitness(gain, miss);
    }

    private void store(double[] v, double[] gain) {
        if (stored * d >= values.length) {
            int cap = Math.max(1024, stored * 2);
            values = Arrays.copyOf(values, cap * d);
            costs = Arrays.copyOf(costs, cap * k);
        }
        System.arraycopy(v, 0, values, stored * d, d);
        for (int j = 0; j < k; j++) {
            costs[stored * k + j] = -gain[j];
        }
        stored++;
    }

    /** Metrics of each design, null where the model refuses the combination; batches on the workers. */
    private Metrics[] evaluate(List<double[]> designs) {
        Metrics[] out = new Metrics[designs.size()];
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        for (int from = 0; from < designs.size(); from += TASK) {
            int a = from;
            int b = Math.min(designs.size(), from + TASK);
            tasks.add(CompletableFuture.runAsync(() -> {
                for (int i = a; i < b; i++) {
                    out[i] = metrics(designs.get(i));
                }
            }, workers));
        }
        try {
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return out;
    }

    private Metrics metrics(double[] v) {
        DesignPoint p;
        try {
            p = space.apply(base, v);
        } catch (InvalidParameterException e) {
            return null;
        }
        return Evaluator.evaluate(p);
    }

    void checkCancelled() {
        if (control.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("search cancelled");
        }
    }

    /** The non-dominated designs among those that meet the requirements, sorted by objectives, then values. */
    List<Found> front() {
        int[] rows = Pareto.front(costs, stored, k);
        List<Found> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            double[] obj = new double[k];
            for (int j = 0; j < k; j++) {
                double c = costs[r * k + j];
                obj[j] = objectives.get(j).direction() == Objective.Direction.MIN ? c : -c;
            }
            out.add(new Found(Arrays.copyOfRange(values, r * d, r * d + d), obj));
        }
        Comparator<Found> byObjectives = (a, b) -> Arrays.compare(cost(a), cost(b));
        out.sort(byObjectives.thenComparing((a, b) -> Arrays.compare(a.values(), b.values())));
        return out;
    }

    private double[] cost(Found f) {
        double[] c = f.objectives();
        for (int j = 0; j < k; j++) {
            c[j] = objectives.get(j).direction() == Objective.Direction.MIN ? c[j] : -c[j];
        }
        return c;
    }

    /** A design's values as a map key (exact doubles; −0.0 is 0.0). */
    private static final class Key {
        private final double[] v;
        private final int hash;

        Key(double[] values) {
            v = values.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += 0.0;
            }
            hash = Arrays.hashCode(v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(v, other.v);
        }

        @Override
        public int hashCode() { return hash; }
    }
}
