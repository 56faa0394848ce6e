package org.romaexplorer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.ChipPower;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Hardware;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.Technology;

/**
 * Fits the calibrated constants to the report's calibration rows, and nothing else:
 * <ol>
 *   <li>1/b_L, c_v and 1/m_H from three decode speeds (3B and 8B at empty KV, 3B at 1K), a 3×3 linear
 *   system since decode cycles are linear in them (see {@link Performance});</li>
 *   <li>the prefill attention overlap from the 3B TTFT at 4K;</li>
 *   <li>the B-ROM metal demand from its ~40% area saving: B-ROM = std · max(t, μ_B), so μ_B = 0.6;</li>
 *   <li>the area utilization from 503.7 mm² (area is the modelled area over it) and the energy scale from
 *   33.1 W (dynamic power is proportional to it; leakage, which it does not scale, is subtracted first).</li>
 * </ol>
 * The values in {@code Constants} are these results rounded; a test keeps them in step.
 */
public final class Calibration {
    /** The calibration rows, by report id, in the order the fit uses them. */
    public static final List<String> ROWS = List.of("decode-3b-kv0", "decode-8b-kv0", "decode-3b-kv1k", "ttft-3b-4k",
            "brom-area-saving", "area-total", "power-total");
    /**
     * Priors a constant falls back to when a row it needs is left out (leave-one-out): one vector cycle per
     * element (the decode system then solves 1/b_L and 1/m_H from the two rows left), half the prefill
     * attention hidden (the middle of [0, 1]), a B-ROM as metal-bound as the standard ROM (no saving), and
     * a typical placement utilization of 0.7 and the public energies unscaled.
     */
    static final double PRIOR_CV = 1, PRIOR_OVERLAP = 0.5, PRIOR_METAL = 1, PRIOR_UTILIZATION = 0.7, PRIOR_SCALE = 1;

    private Calibration() {}

    public static Map<String, Double> fit() {
        return fit(Set.of());
    }

    /** The fit without the rows in {@code leaveOut} (ids of {@link #ROWS}); their constants take the priors. */
    public static Map<String, Double> fit(Set<String> leaveOut) {
        DesignPoint p3 = Models.llama3b();
        double clk = p3.hw().clockHz();
        double[] x = decode(p3, Models.llama8b(), leaveOut);
        Hardware hw = new Hardware(clk, 16, 16, p3.hw().romBytes(), p3.hw().sramBytes(),
                p3.hw().intermediateSramBytes(), 1 / x[0], 1 / x[2], x[1], 0);
        double overlap = leaveOut.contains("ttft-3b-4k") ? PRIOR_OVERLAP : prefillOverlap(p3.withHw(hw), 4096, 140.2e-3);
        hw = hw.withPrefillOverlap(overlap);
        double metal = leaveOut.contains("brom-area-saving") ? PRIOR_METAL : 1 - 0.40;
        Technology t = p3.tech().withScales(1, 1, metal);
        double utilization = leaveOut.contains("area-total") ? PRIOR_UTILIZATION : utilization(hw, t, 503.7);
        double energy = leaveOut.contains("power-total") ? PRIOR_SCALE
                : energyScale(hw, t.withScales(utilization, 1, metal), 33.1);
        Map<String, Double> fit = new LinkedHashMap<>();
        fit.put("l_unit_bits_per_cycle", hw.lUnitBitsPerCycle());
        fit.put("h_unit_macs_per_cycle", hw.hUnitMacsPerCycle());
        fit.put("vector_cycles_per_element", hw.vectorCyclesPerElement());
        fit.put("prefill_attention_overlap", overlap);
        fit.put("brom_metal_demand", metal);
        fit.put("area_utilization", utilization);
        fit.put("energy_scale", energy);
        return fit;
    }

    /** {@code p} with the fitted constants in place of its calibrated ones. */
    public static DesignPoint apply(DesignPoint p, Map<String, Double> fit) {
        Hardware h = p.hw();
        Hardware hw = new Hardware(h.clockHz(), h.matrixRows(), h.columns(), h.romBytes(), h.sramBytes(),
                h.intermediateSramBytes(), fit.get("l_unit_bits_per_cycle"), fit.get("h_unit_macs_per_cycle"),
                fit.get("vector_cycles_per_element"), fit.get("prefill_attention_overlap"));
        Technology t = p.tech().withScales(fit.get("area_utilization"), fit.get("energy_scale"), fit.get("brom_metal_demand"));
        return p.withHw(hw).withTech(t);
    }

    /** (1/b_L, c_v, 1/m_H) from the decode rows kept; with one left out, c_v takes its prior. */
    private static double[] decode(DesignPoint p3, DesignPoint p8, Set<String> leaveOut) {
        double clk = p3.hw().clockHz();
        double[][] a = {decodeRow(p3, 0), decodeRow(p8, 0), decodeRow(p3, 1024)};
        double[] y = {clk / 31_800, clk / 24_100, clk / 24_600};
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (!leaveOut.contains(ROWS.get(i))) {
                kept.add(i);
            }
        }
        if (kept.size() == 3) {
            return solve3(a, y);
        }
        if (kept.size() != 2) {
            throw new IllegalArgumentException("leave out at most one decode row");
        }
        int i = kept.get(0);
        int j = kept.get(1);
        double yi = y[i] - a[i][1] * PRIOR_CV;
        double yj = y[j] - a[j][1] * PRIOR_CV;
        double det = a[i][0] * a[j][2] - a[i][2] * a[j][0];
        return new double[] {(yi * a[j][2] - a[i][2] * yj) / det, PRIOR_CV, (a[i][0] * yj - yi * a[j][0]) / det};
    }

    /** Coefficients of (1/b_L, c_v, 1/m_H) in the decode cycles of one token. */
    private static double[] decodeRow(DesignPoint p, long kv) {
        ModelShape m = p.model();
        Hardware hw = p.hw();
        double units = hw.matrixUnits();
        return new double[] {
            p.quant().streamedBits(m) / units,
            (double) m.numLayers() * m.hiddenSize() / hw.vectorUnits(),
            (p.lora().params(m) + 2.0 * m.numLayers() * m.qDim() * kv) / units};
    }

    /** Overlap φ such that TTFT(n) = target: TTFT is linear in φ, so two evaluations fix it. */
    private static double prefillOverlap(DesignPoint p, long n, double targetS) {
        double none = new Performance(p.withHw(p.hw().withPrefillOverlap(0))).ttftSeconds(n);
        double full = new Performance(p.withHw(p.hw().withPrefillOverlap(1))).ttftSeconds(n);
        return (none - targetS) / (none - full);
    }

    /** Dynamic power is proportional to the scale, leakage is not: s = (P − leak) / dynamic(s = 1). */
    private static double energyScale(Hardware hw, Technology t, double targetW) {
        ChipPower c = new ChipPower(hw, t);
        return (targetW - c.leakageW()) / (c.chipW() - c.leakageW());
    }

    /** Every part's area is its modelled area over u: u = modelled chip area (u = 1) / target. */
    private static double utilization(Hardware hw, Technology t, double targetMm2) {
        return new AreaPower(hw, t.withScales(1, 1, t.bromMetalDemand())).chipAreaMm2() / targetMm2;
    }

    /** Cramer's rule for a 3×3 system. */
    static double[] solve3(double[][] a, double[] y) {
        double d = det(a);
        double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] m = new double[3][];
            for (int r = 0; r < 3; r++) {
                m[r] = a[r].clone();
                m[r][c] = y[r];
            }
            x[c] = det(m) / d;
        }
        return x;
    }

    private static double det(double[][] a) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }
}
