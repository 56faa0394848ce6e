package org.romaexplorer.ui.params;

import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knob;

/**
 * One slider of the parameters panel: a {@link Knob} of the model with the slider's range. Writing may
 * throw {@link org.romaexplorer.model.InvalidParameterException}: the model's own checks are the validation.
 *
 * @param key     id of the row's controls ("sram" → #sram-slider, #sram-field)
 * @param label   text before the slider
 * @param knob    the parameter, its unit, range check and source
 * @param min     slider minimum
 * @param max     slider maximum
 * @param allowed the only values the parameter takes, ascending, or empty for any integer
 */
public record ParamSpec(String key, String label, Knob knob, double min, double max, int[] allowed) {

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

    /** The displayed value of this parameter in {@code p}. */
    public double value(DesignPoint p) {
        return knob.get(p);
    }

    /** A copy of {@code p} with this parameter set to {@code value}; throws if the model rejects it. */
    public DesignPoint apply(DesignPoint p, double value) {
        return knob.set(p, value);
    }

    /** Why a typed {@code text} cannot be this parameter's value, or the value. */
    public NumberText.Parsed parse(String text) {
        NumberText.Parsed v = NumberText.parse(text, knob.integer(), knob.min(), knob.max());
        if (v.ok() && allowed.length > 0 && java.util.Arrays.stream(allowed).noneMatch(a -> a == v.value())) {
            return new NumberText.Parsed(Double.NaN, text.strip() + " is not allowed: use one of "
                    + java.util.Arrays.toString(allowed).replaceAll("[\\[\\]]", ""));
        }
        return v;
    }

    public String unit() {
        return knob.unit();
    }
}
