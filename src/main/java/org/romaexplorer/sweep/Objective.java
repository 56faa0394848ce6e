package org.romaexplorer.sweep;

import org.romaexplorer.model.Metric;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;

/**
 * One axis of the Pareto front: a metric to minimize or maximize.
 *
 * @param metric    what to read from {@link Metrics}
 * @param direction which way is better
 */
public record Objective(Metric metric, Direction direction) {
    public enum Direction { MIN, MAX }

    public Objective {
        if (metric == null || direction == null) {
            throw new InvalidParameterException("--objectives", "metric and direction must be given");
        }
    }

    public static Objective min(Metric m) { return new Objective(m, Direction.MIN); }

    public static Objective max(Metric m) { return new Objective(m, Direction.MAX); }

    /** The metric's value, in {@code asMap} units. */
    public double value(Metrics m) { return metric.of(m); }

    /** The value turned so that smaller is better: negated for MAX. The front minimizes these. */
    public double cost(Metrics m) {
        double v = metric.of(m);
        return direction == Direction.MIN ? v : -v;
    }

    /** Parses {@code key:min,key:max,…}: at least one, each metric at most once. */
    public static List<Objective> parseList(String spec) {
        List<Objective> out = new ArrayList<>();
        Set<Metric> seen = new java.util.HashSet<>();
        for (String part : spec.split(",", -1)) {
            Objective o = parse(part);
            if (!seen.add(o.metric)) {
                throw new InvalidParameterException("--objectives", o.metric.key() + " given more than once");
            }
            out.add(o);
        }
        return List.copyOf(out);
    }

    /** Parses {@code key:min} or {@code key:max}. */
    public static Objective parse(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            throw new InvalidParameterException("--objectives", "expected key:min or key:max, got '" + spec.trim() + "'");
        }
        Metric m = Metric.of(spec.substring(0, colon), "--objectives");
        String dir = spec.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        return switch (dir) {
            case "min" -> min(m);
            case "max" -> max(m);
            default -> throw new InvalidParameterException("--objectives", m.key() + ": direction must be min or max, got '" + dir + "'");
        };
    }

    @Override
    public String toString() { return metric.key() + ":" + direction.name().toLowerCase(Locale.ROOT); }
}
