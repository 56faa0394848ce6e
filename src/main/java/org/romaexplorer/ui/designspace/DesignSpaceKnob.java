package org.romaexplorer.ui.designspace;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.sweep.Axis;

/**
 * A knob the design-space tab can sweep: its slider bounds, the range and steps it starts with, and for
 * bit widths the only values it takes. Plain Java, no controls.
 *
 * @param knob    the model parameter
 * @param label   text before the range slider
 * @param min     slider minimum, display units
 * @param max     slider maximum, display units
 * @param allowed the only values the knob takes, ascending (steps then do not apply), or empty
 * @param lo      initial range start
 * @param hi      initial range end
 * @param steps   initial number of values
 * @param on      whether it starts included in the sweep
 */
public record DesignSpaceKnob(Param knob, String label, double min, double max, int[] allowed,
                       double lo, double hi, int steps, boolean on) {
    /** Most values one axis takes from the steps field. */
    static final int MAX_STEPS = 1_000;

    /**
     * Area against max tokens by SRAM, LoRA rank and KV precision: each knob moves at least one objective,
     * so the front is a real trade-off (16 designs, 16 markers). Clock and base bits start off: neither
     * moves area or max tokens, so with them on each front marker would stand for ties.
     */
    static List<DesignSpaceKnob> defaults() {
        return List.of(
                of(Knobs.SRAM_MB, 16, 1024, 32, 512, 16, true),
                // From 16 (the paper's rank), not 0: rank 0 has no adapter, so the max-tokens front was all rank 0
                // and a click on it loaded a design without LoRA.
                of(Knobs.LORA_RANK, 0, 256, 16, 128, 8, true),
                of(Knobs.CLOCK_MHZ, 100, 2000, 200, 1000, 5, false),
                of(Knobs.BASE_BITS, 2, 8, 2, 8, 4, false),
                of(Knobs.KV_BITS, 4, 32, 4, 16, 3, true));
    }

    /** A knob of the registry: label, unit and allowed values from its declaration, the tab's own ranges. */
    static DesignSpaceKnob of(Param k, double min, double max, double lo, double hi, int steps, boolean on) {
        int[] allowed = java.util.Arrays.stream(k.allowed()).mapToInt(a -> (int) a).toArray();
        String label = k.name() + (k.unit().isEmpty() || k.unit().equals("bit") ? "" : " (" + k.unit() + ")");
        return new DesignSpaceKnob(k, label, min, max, allowed, lo, hi, steps, on);
    }

    boolean discrete() { return allowed.length > 0; }

    /**
     * The values of range {@code lo..hi}: for a discrete knob the allowed values inside it; otherwise
     * {@code steps} evenly spaced values from lo to hi (both ends included), rounded to whole display
     * units, duplicates dropped. Throws when none is left.
     */
    double[] values(double lo, double hi, int steps) {
        double a = Math.rint(Math.min(lo, hi));
        double b = Math.rint(Math.max(lo, hi));
        double[] v = discrete() ? Arrays.stream(allowed).asDoubleStream().filter(x -> x >= a && x <= b).toArray()
                : spaced(a, b, Math.max(1, Math.min(MAX_STEPS, steps)));
        if (v.length == 0) {
            throw new InvalidParameterException(knob.key(), "no allowed value in " + (int) a + "…" + (int) b
                    + "; allowed: " + Arrays.toString(allowed));
        }
        return v;
    }

    Axis axis(double lo, double hi, int steps) {
        return new Axis(knob, values(lo, hi, steps));
    }

    private static double[] spaced(double a, double b, int steps) {
        if (steps == 1 || a == b) {
            return new double[] {a};
        }
        return DoubleStream.iterate(0, i -> i + 1).limit(steps)
                .map(i -> Math.rint(a + i * (b - a) / (steps - 1))).distinct().toArray();
    }
}
