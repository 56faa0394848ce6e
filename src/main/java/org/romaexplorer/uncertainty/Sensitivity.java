package org.romaexplorer.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Range;
import org.romaexplorer.model.Metric;

/**
 * One-at-a-time sensitivity: each constant moved to the low and the high end of its {@link Range}, all others
 * kept, the metric evaluated at both; sorted by swing |high − low|, largest first (a tornado chart's order).
 * A range is applied as factors of the design's own value of the constant, so a design with 64 MiB of SRAM
 * moves its 64 MiB by the paper's rounding, not to 288 MiB. Stateless and thread-safe.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /**
     * One constant's effect.
     *
     * @param key       constant key
     * @param unit      constant unit
     * @param basis     where its range comes from
     * @param lowValue  the constant at its low end
     * @param highValue the constant at its high end
     * @param atLow     the metric with the constant at its low end
     * @param atHigh    the metric with the constant at its high end
     */
    public record Swing(String key, String unit, Range.Basis basis, double lowValue, double highValue,
                        double atLow, double atHigh) {
        /** |atHigh − atLow|; 0 when an end is undefined (NaN), so such rows sort last. */
        public double swing() {
            double d = Math.abs(atHigh - atLow);
            return Double.isNaN(d) ? 0 : d;
        }
    }

    /** The metric at the design itself. */
    public static double base(DesignPoint p, Metric metric) {
        return metric.of(Evaluator.evaluate(p));
    }

    public static List<Swing> run(DesignPoint p, Metric metric) {
        List<Swing> out = new ArrayList<>();
        for (Param b : Params.uncertain()) {
            Range r = Ranges.of(b.key());
            double v = b.get(p);
            double lo = v * r.lowFactor();
            double hi = v * r.highFactor();
            out.add(new Swing(r.key(), b.unit(), r.basis(), lo, hi, at(p, b, lo, metric), at(p, b, hi, metric)));
        }
        out.sort(Comparator.comparingDouble(Swing::swing).reversed());
        return out;
    }

    /** The metric with the constant at {@code value}; NaN where the model rejects that value. */
    private static double at(DesignPoint p, Param b, double value, Metric metric) {
        try {
            return metric.of(Evaluator.evaluate(b.set(p, value)));
        } catch (InvalidParameterException e) {
            return Double.NaN;
        }
    }
}
