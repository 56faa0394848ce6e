package org.romaexplorer.ui.params;

import java.util.Arrays;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;

/**
 * One slider (or drop-down) of the parameters panel: a {@link Param} of the registry and the id of its
 * controls. Label, unit, slider range, allowed values and tooltip all come from the parameter; writing may
 * throw {@link org.romaexplorer.model.InvalidParameterException}: the model's own checks are the validation.
 *
 * @param key   id of the row's controls ("sram" → #sram-slider, #sram-field)
 * @param param the parameter
 */
public record ParamSpec(String key, Param param) {
    /** Control ids the panel has always used, kept so saved layouts and tests find them; others use the key. */
    private static final Map<String, String> IDS = Map.ofEntries(Map.entry("sram_mb", "sram"), Map.entry("lora_rank", "rank"),
            Map.entry("base_bits", "baseBits"), Map.entry("kv_bits", "kvBits"), Map.entry("lora_bits", "loraBits"),
            Map.entry("input_len", "input"), Map.entry("kv_len", "kv"), Map.entry("output_len", "output"),
            Map.entry("clock_mhz", "clock"), Map.entry("kv_overflow", "kvOverflow"), Map.entry("weight_packing", "packing"),
            Map.entry("dram_mb_per_s", "dram"));

    /** The row of a slider parameter. */
    public static ParamSpec of(Param p) {
        return new ParamSpec(IDS.getOrDefault(p.key(), p.key()), p);
    }

    public String label() { return param.name(); }

    /** Slider minimum, display units. */
    public double min() { return param.sliderMin(); }

    /** Slider maximum, display units. */
    public double max() { return param.sliderMax(); }

    /** The only values the parameter takes, ascending, or empty for any value in its range. */
    public int[] allowed() { return Arrays.stream(param.allowed()).mapToInt(a -> (int) a).toArray(); }

    /** The value a slider position stands for: rounded, then the nearest allowed value. */
    public int snap(double sliderValue) {
        int v = (int) Math.round(sliderValue);
        int[] allowed = allowed();
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
        return param.get(p);
    }

    /** A copy of {@code p} with this parameter set to {@code value}; throws if the model rejects it. */
    public DesignPoint apply(DesignPoint p, double value) {
        return param.set(p, value);
    }

    /** Why a typed {@code text} cannot be this parameter's value, or the value: the registry's check decides. */
    public NumberText.Parsed parse(String text) {
        boolean size = param.unit().endsWith("iB");
        NumberText.Parsed v = size ? NumberText.parse(text, false, -Double.MAX_VALUE, Double.MAX_VALUE)
                : NumberText.parse(text, param.integer(), param.min(), param.max());
        if (!v.ok()) {
            return v;
        }
        int[] allowed = allowed();
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(a -> a == v.value())) {
            return new NumberText.Parsed(Double.NaN, text.strip() + " is not allowed: use one of "
                    + Arrays.toString(allowed).replaceAll("[\\[\\]]", ""));
        }
        try {
            param.check(v.value());
            return v;
        } catch (InvalidParameterException e) {
            return new NumberText.Parsed(Double.NaN, NumberText.plainWords(e.problem(), 1));
        }
    }

    public String unit() {
        return param.unit();
    }
}
