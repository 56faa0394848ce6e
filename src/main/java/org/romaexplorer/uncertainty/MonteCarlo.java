package org.romaexplorer.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Range;
import org.romaexplorer.model.Metric;

/**
 * Seeded Monte Carlo over the constants' {@link Ranges}: each sample draws every constant independently,
 * log-uniformly over an assumption's ×0.5–×2 (symmetric in ratio), uniformly over any other range, as a
 * factor of the design's own value. A drawn value the model rejects (e.g. an overlap above 1) keeps the
 * design's value for that sample. Same seed, same samples. Stateless and thread-safe.
 */
public final class MonteCarlo {
    /** Samples drawn by the window: enough for stable 5th and 95th percentiles (15 samples beyond each). */
    public static final int SAMPLES = 300;
    public static final long SEED = 12;

    private MonteCarlo() {}

    public static List<DesignPoint> samples(DesignPoint p, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<DesignPoint> out = new ArrayList<>(n);
        Map<Param, Double> nominal = new LinkedHashMap<>();
        Params.uncertain().forEach(b -> nominal.put(b, b.get(p)));
        for (int i = 0; i < n; i++) {
            Map<Param, Double> drawn = new LinkedHashMap<>();
            nominal.forEach((b, v) -> drawn.put(b, v * factor(Ranges.of(b.key()), rng.nextDouble())));
            out.add(apply(p, drawn));
        }
        return out;
    }

    private static double factor(Range r, double u) {
        return r.basis() == Range.Basis.ASSUMPTION && r.lowFactor() > 0
                ? r.lowFactor() * Math.pow(r.highFactor() / r.lowFactor(), u)
                : r.lowFactor() + u * (r.highFactor() - r.lowFactor());
    }

    /** Each drawn value in turn; a value the model rejects is skipped (the design's value stays). */
    private static DesignPoint apply(DesignPoint p, Map<Param, Double> drawn) {
        DesignPoint q = p;
        for (Map.Entry<Param, Double> d : drawn.entrySet()) {
            try {
                q = d.getKey().set(q, d.getValue());
            } catch (InvalidParameterException ignored) {
                // keep the design's value of this constant in this sample
            }
        }
        return q;
    }

    /** The 5th and 95th percentiles of each metric over the samples. */
    public static Map<Metric, double[]> headline(List<DesignPoint> samples) {
        Map<Metric, double[]> values = new LinkedHashMap<>();
        for (Metric m : Metric.all()) {
            values.put(m, new double[samples.size()]);
        }
        for (int i = 0; i < samples.size(); i++) {
            Metrics x = Evaluator.evaluate(samples.get(i));
            for (Metric m : Metric.all()) {
                values.get(m)[i] = m.of(x);
            }
        }
        Map<Metric, double[]> out = new LinkedHashMap<>();
        values.forEach((m, v) -> out.put(m, new double[] {percentile(v, 0.05), percentile(v, 0.95)}));
        return out;
    }

    /** Linear interpolation between closest ranks of the sorted values; {@code v} is not changed. */
    public static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int i = (int) Math.floor(pos);
        return i + 1 < s.length ? s[i] + (pos - i) * (s[i + 1] - s[i]) : s[i];
    }
}
