package org.romaexplorer.ui.params;

import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;

/**
 * The names the parameters panel gives the model's parameters, for other views that list them (the Sensitivity
 * tab, the uncertainty band's note, the Design space labels): the registry's name, with the unit; the key when
 * the registry has no such parameter.
 */
public final class ReadableNames {
    private ReadableNames() {}

    /** "SRAM read energy (fJ/bit)", "Clock (MHz)", "ROM / SRAM cell area": name, then the unit if it has one. */
    public static String constant(String key) {
        if (!Params.has(key)) {
            return key;
        }
        Param p = Params.of(key);
        return p.unit().isBlank() || p.unit().equals("ratio") ? p.name() : p.name() + " (" + p.unit() + ")";
    }

    /** The panel's name of a parameter ("SRAM", "LoRA rank", "KV cache bits"). */
    public static String knob(Param k) {
        return k.name();
    }
}
