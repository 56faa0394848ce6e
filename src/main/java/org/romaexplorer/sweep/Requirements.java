package org.romaexplorer.sweep;

import java.util.List;
import org.romaexplorer.model.Metrics;

/**
 * Every requirement a reported design must meet (all of them); none means every design is feasible.
 * Immutable and thread-safe.
 *
 * @param list the requirements, in the order given
 */
public record Requirements(List<Requirement> list) {
    public static final Requirements NONE = new Requirements(List.of());

    public Requirements {
        list = List.copyOf(list);
    }

    public static Requirements of(Requirement... r) {
        return new Requirements(List.of(r));
    }

    /** Parses each {@code --require} value; the first bad one fails naming itself. */
    public static Requirements parse(List<String> specs) {
        return new Requirements(specs.stream().map(Requirement::parse).toList());
    }

    public boolean isEmpty() { return list.isEmpty(); }

    /** Whether {@code m} meets every requirement. */
    public boolean holds(Metrics m) {
        for (Requirement r : list) {
            if (!r.holds(m)) {
                return false;
            }
        }
        return true;
    }

    /** The sum of each requirement's {@link Requirement#violation}: 0 exactly when all hold. */
    public double violation(Metrics m) {
        double v = 0;
        for (Requirement r : list) {
            v += r.violation(m);
        }
        return v;
    }

    /** This list with {@code more} appended. */
    public Requirements and(List<Requirement> more) {
        List<Requirement> all = new java.util.ArrayList<>(list);
        all.addAll(more);
        return new Requirements(all);
    }

    /** "max_tokens>=8192, area_mm2<=400", or "none". */
    @Override
    public String toString() {
        return list.isEmpty() ? "none" : String.join(", ", list.stream().map(Requirement::toString).toList());
    }
}
