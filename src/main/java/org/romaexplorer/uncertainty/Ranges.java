package org.romaexplorer.uncertainty;

import static org.romaexplorer.uncertainty.Range.Basis.ASSUMPTION;
import static org.romaexplorer.uncertainty.Range.Basis.CALIBRATED_LOO;
import static org.romaexplorer.uncertainty.Range.Basis.EXACT;
import static org.romaexplorer.uncertainty.Range.Basis.PAPER_ROUNDING;
import static org.romaexplorer.uncertainty.Range.Basis.PUBLIC_RANGE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.romaexplorer.model.Constant;
import org.romaexplorer.model.Constants;
import org.romaexplorer.report.Calibration;

/**
 * A plausible range for every constant of {@link Constants}, from its provenance (kept in this table beside
 * the constants so the two files merge independently; a test checks that every constant has one). Ranges
 * of calibrated constants are computed: the envelope of the leave-one-out refits in which the constant was
 * still fitted, widened to at least the rounding of the published numbers it was fitted to.
 */
public final class Ranges {
    private static final Map<String, Range> ALL = build();

    private Ranges() {}

    public static Map<String, Range> all() {
        return ALL;
    }

    /** The range of a constant; unknown keys fail naming the key. */
    public static Range of(String key) {
        ConstantBinding.of(key);
        return ALL.get(key);
    }

    private static Map<String, Range> build() {
        Map<String, Range> m = new LinkedHashMap<>();
        rounding(m, Constants.CLOCK, 0.5, "'500Mhz' (Table I): ±0.5 MHz");
        rounding(m, Constants.ROM_CAPACITY, 0.005, "'1.86GB' (Table I): ±0.005");
        rounding(m, Constants.SRAM_LORA_KV, 0.5, "'288 MB' (Sec. I): ±0.5");
        rounding(m, Constants.SRAM_INTERMEDIATE, 0.5, "'16 MB' (Sec. I): ±0.5");
        rounding(m, Constants.ROM_TO_SRAM_CELL, Constants.ROM_TO_SRAM_CELL.value() * 0.1, "'approximately one-third': ±10%");
        span(m, Constants.SRAM_CELL, 0.027, 0.032, PUBLIC_RANGE, "TSMC N7 high-density 0.027 to high-current 0.032 µm² cells");
        span(m, Constants.MACRO_EFFICIENCY, 0.6, 0.8, PUBLIC_RANGE, "typical compiled-macro array efficiency 0.6–0.8");
        factor(m, Constants.BROM_WORD_BITS, "assumption ×0.5–×2");
        span(m, Constants.NUM_CGEN, 32, 32, EXACT, "counted from the structural CGen");
        for (Constant c : new Constant[] {Constants.COMPUTE_METAL_DEMAND, Constants.FP16_MAC_AREA, Constants.L_LANE_AREA,
            Constants.VECTOR_LOGIC_AREA, Constants.SRAM_READ_ENERGY, Constants.FP16_MAC_ENERGY, Constants.L_LANE_ENERGY,
            Constants.VECTOR_ENERGY, Constants.ROM_LEAK_TO_SRAM, Constants.SRAM_READ_EXPONENT}) {
            factor(m, c, "assumption or scaled estimate ×0.5–×2");
        }
        span(m, Constants.SRAM_LEAKAGE, 7.5, 37.5, PUBLIC_RANGE, "10–50 pA per cell at 0.75 V");
        calibrated(m);
        return Collections.unmodifiableMap(m);
    }

    private static void rounding(Map<String, Range> m, Constant c, double half, String note) {
        m.put(c.key(), new Range(c.key(), c.value(), c.value() - half, c.value() + half, PAPER_ROUNDING, note));
    }

    private static void span(Map<String, Range> m, Constant c, double lo, double hi, Range.Basis b, String note) {
        m.put(c.key(), new Range(c.key(), c.value(), lo, hi, b, note));
    }

    private static void factor(Map<String, Range> m, Constant c, String note) {
        m.put(c.key(), new Range(c.key(), c.value(), c.value() / 2, c.value() * 2, ASSUMPTION, note));
    }

    /** Own rows (whose refit sets the constant to its prior) and the relative rounding of its targets. */
    private static void calibrated(Map<String, Range> m) {
        Map<String, Double> full = Calibration.fit();
        Map<String, String> own = Map.of("prefill_attention_overlap", "ttft-3b-4k", "brom_metal_demand", "brom-area-saving",
                "logic_area_scale", "area-total", "energy_scale", "power-total");
        Map<String, Double> floor = Map.of("prefill_attention_overlap", 0.05 / 140.2, "brom_metal_demand", 0.04 / 0.6,
                "logic_area_scale", 0.05 / 503.7, "energy_scale", 0.05 / 33.1);
        for (Map.Entry<String, Double> e : full.entrySet()) {
            String key = e.getKey();
            double v = Constants.ALL.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().value();
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
            m.put(key, new Range(key, v, lo, hi, CALIBRATED_LOO, "leave-one-out refits, at least the rounding of its rows"));
        }
    }
}
