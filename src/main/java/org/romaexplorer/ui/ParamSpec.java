package org.romaexplorer.ui;

import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.romaexplorer.model.DesignPoint;

/**
 * One slider of the parameters panel: how to read it from a design point and how to write it into a copy.
 * Writing may throw {@link org.romaexplorer.model.InvalidParameterException}: the model's own checks are
 * the validation.
 *
 * @param key     id of the row's controls ("sram" → #sram-slider, #sram-field)
 * @param label   text before the slider
 * @param unit    text after the field
 * @param min     slider minimum
 * @param max     slider maximum
 * @param allowed the only values the parameter takes, ascending, or empty for any integer
 * @param get     reads the displayed value
 * @param set     returns a copy with the value written
 */
public record ParamSpec(String key, String label, String unit, double min, double max, int[] allowed,
                        ToDoubleFunction<DesignPoint> get, BiFunction<DesignPoint, Integer, DesignPoint> set) {

    /** The value a slider position stands for: rounded, then the nearest allowed value. */
    public int snap(double sliderValue) {
        int v = (int) Math.round(sliderValue);
        if (allowed.length == 0) {
            return v;
        }
        int best = allowed[0];
        for (int a : allowed) {
            if (Math.abs(a - sliderValue) < Math.abs(best - sliderValue)) {
                best = a;
            }
        }
        return best;
    }

    /** A copy of {@code p} with this parameter set to {@code value}; throws if the model rejects it. */
    public DesignPoint apply(DesignPoint p, int value) {
        return set.apply(p, value);
    }
}
