package org.romaexplorer.optimize;

import java.util.List;
import org.romaexplorer.sweep.Hypervolume;
import org.romaexplorer.sweep.Objective;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.SearchSpace;

/**
 * What a search leaves: the Pareto front of every evaluated design that meets the requirements, and what it
 * cost. Immutable.
 *
 * @param space        the varied knobs
 * @param objectives   the objectives, in the column order of each front member's values
 * @param requirements what every front member meets
 * @param evaluations  designs evaluated (each once, through {@code Evaluator.evaluate})
 * @param feasible     of those, how many meet the requirements
 * @param generations  NSGA-II generations run; 0 when the budget covered the space and it was enumerated
 * @param enumerated   whether every design of the space was evaluated (the front is then exact)
 * @param front        the non-dominated feasible designs, sorted by objective values, then knob values
 */
public record SearchResult(SearchSpace space, List<Objective> objectives, Requirements requirements, long evaluations,
                           long feasible, long generations, boolean enumerated, List<Found> front) {
    public SearchResult {
        objectives = List.copyOf(objectives);
        front = List.copyOf(front);
    }

    /** The front's objective values, row-major (one row per member). */
    public double[] frontValues() {
        int k = objectives.size();
        double[] v = new double[front.size() * k];
        for (int i = 0; i < front.size(); i++) {
            System.arraycopy(front.get(i).objectives(), 0, v, i * k, k);
        }
        return v;
    }

    /** The front's hypervolume against {@code reference} (objective units), for up to three objectives. */
    public double hypervolume(double[] reference) {
        return Hypervolume.ofValues(objectives, frontValues(), front.size(), reference);
    }

    /** With one objective, the best design (the first of the front); empty when none meets the requirements. */
    public java.util.Optional<Found> best() {
        return front.stream().findFirst();
    }
}
