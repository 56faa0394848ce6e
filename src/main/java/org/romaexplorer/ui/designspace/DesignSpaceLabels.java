package org.romaexplorer.ui.designspace;

import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metric;

/** How design-space metrics and knobs read on screen: names with units (those of {@code Metrics.asMap}). */
public final class DesignSpaceLabels {
    private DesignSpaceLabels() {}

    static String metric(Metric m) {
        return m.label();
    }

    /** "SRAM 320 MiB", "LoRA rank 16": the parameters panel's name, the value, the unit. */
    static String knob(Param k, double v) {
        String value = v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%,.3f", v);
        return org.romaexplorer.ui.params.ReadableNames.knob(k) + " " + value + (k.unit().isEmpty() ? "" : " " + k.unit());
    }

    /**
     * "16 on the Pareto front", or, when designs tie (equal x and y, so one marker covers several),
     * "2,405 on the Pareto front, drawn as 5 markers: ties".
     */
    static String front(long designs, long markers) {
        String s = String.format("%,d on the Pareto front", designs);
        return markers < designs ? s + String.format(", drawn as %,d marker%s: ties", markers, markers == 1 ? "" : "s") : s;
    }

    static String number(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e9 || a < 1e-2)) {
            return String.format("%.4g", v);
        }
        return v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%,.2f", v);
    }
}
