package org.romaexplorer.optimize;

import io.jenetics.ext.moea.ElementComparator;
import io.jenetics.ext.moea.ElementDistance;
import io.jenetics.ext.moea.Vec;
import java.util.Comparator;

/**
 * What NSGA-II ranks a design by: its objectives turned so that larger is better (the negated costs), and how
 * far it misses the requirements. Dominance is Deb's constrained dominance: a design that meets the
 * requirements beats one that does not; two that do not are ranked by their miss; two that do by Pareto
 * dominance. Crowding distances use the objectives of every design alike. Immutable.
 */
final class Fitness implements Vec<Fitness> {
    /** A design never evaluated (the budget ran out in its generation): beaten by every evaluated one. */
    static final Fitness UNKNOWN = new Fitness(new double[0], Double.POSITIVE_INFINITY);

    private final double[] gain;
    private final double violation;

    /**
     * @param gain      one per objective, larger is better
     * @param violation 0 when every requirement holds, else the summed miss
     */
    Fitness(double[] gain, double violation) {
        this.gain = gain;
        this.violation = violation;
    }

    boolean feasible() { return violation == 0; }

    double violation() { return violation; }

    @Override
    public Fitness data() { return this; }

    @Override
    public int length() { return gain.length; }

    @Override
    public ElementComparator<Fitness> comparator() {
        return (u, v, i) -> Double.compare(u.at(i), v.at(i));
    }

    @Override
    public ElementDistance<Fitness> distance() {
        return (u, v, i) -> u.at(i) - v.at(i);
    }

    @Override
    public Comparator<Fitness> dominance() {
        return Fitness::constrained;
    }

    /** 1 when u dominates v, −1 when v dominates u, else 0. */
    static int constrained(Fitness u, Fitness v) {
        if (u.feasible() && v.feasible()) {
            return Vec.dominance(u.gain, v.gain);
        }
        return Double.compare(v.violation, u.violation);
    }

    /** Objective i; 0 for a design never evaluated, whose crowding does not matter. */
    private double at(int i) {
        return i < gain.length ? gain[i] : 0;
    }
}
