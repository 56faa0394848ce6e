package org.romaexplorer.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Range;
import org.romaexplorer.report.Calibration;

/**
 * The plausible range of every parameter that has one ({@link Params#uncertain()}): the range its declaration
 * gives ({@link Param#spread()}), except for calibrated constants, whose ranges are computed here: the
 * envelope of the leave-one-out refits in which the constant was still fitted, widened to at least the
 * rounding of the published numbers it was fitted to.
 */
public final class Ranges {
    private static final Map<String, Range> ALL = build();

    private Ranges() {}

    /** Every range, by key, in the order the uncertainty bands draw them. */
    public static Map<String, Range> all() {
        return ALL;
    }

    /** The range of a parameter; a key without one fails naming the key. */
    public static Range of(String key) {
        Range r = ALL.get(key);
        if (r == null) {
            throw new InvalidParameterException(key, "has no plausible range");
        }
        return r;
    }

    private static Map<String, Range> build() {
        Map<String, Range> m = new LinkedHashMap<>();
        Map<String, Double> full = Calibration.fit();
        for (Param p : Params.uncertain()) {
            Range r = p.spread();
            m.put(p.key(), r.basis() == Range.Basis.CALIBRATED_LOO ? calibrated(p, full.get(p.key())) : r);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Own rows (whose refit sets the constant to its prior) and the relative rounding of its targets. */
    private static Range calibrated(Param p, double fitted) {
        String key = p.key();
        Map<String, String> own = Map.of("prefill_attention_overlap", "ttft-3b-4k", "brom_metal_demand", "brom-area-saving",
                "area_utilization", "area-total", "energy_scale", "power-total");
        Map<String, Double> floor = Map.of("prefill_attention_overlap", 0.05 / 140.2, "brom_metal_demand", 0.04 / 0.6,
                "area_utilization", 0.05 / 503.7, "energy_scale", 0.05 / 33.1);
        double v = p.value();
        double rel = floor.getOrDefault(key, 50 / 24_100.0);
        double lo = v * (1 - rel);
        double hi = v * (1 + rel);
        for (String row : Calibration.ROWS) {
            if (!row.equals(own.get(key))) {
                double x = Calibration.fit(Set.of(row)).get(key);
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return new Range(key, v, lo, hi, Range.Basis.CALIBRATED_LOO, p.spread().note());
    }
}
