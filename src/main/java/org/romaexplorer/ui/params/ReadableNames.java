package org.romaexplorer.ui.params;

import org.romaexplorer.model.Constant;
import org.romaexplorer.model.Constants;

/**
 * The names the parameters panel gives the model's constants, for other views that list them (the Sensitivity
 * tab): the constants sheet's name, else the slider's, with the unit; the key when neither has one.
 */
public final class ReadableNames {
    private ReadableNames() {}

    /** "SRAM read energy (fJ/bit)", "Clock (MHz)", "ROM / SRAM cell area": name, then the unit if it has one. */
    public static String constant(String key) {
        String name = sheetName(key);
        if (name == null) {
            name = DesignParams.all().stream().filter(s -> s.knob().key().equals(key)).map(ParamSpec::label)
                    .findFirst().orElse(key);
        }
        String unit = Constants.ALL.stream().filter(c -> c.key().equals(key)).map(Constant::unit).findFirst().orElse("");
        return unit.isBlank() || unit.equals("ratio") ? name : name + " (" + unit + ")";
    }

    /** The slider's name of a knob ("SRAM", "LoRA rank", "KV cache bits"); its key when no slider has it. */
    public static String knob(org.romaexplorer.model.Knob k) {
        return DesignParams.all().stream().filter(s -> s.knob() == k).map(ParamSpec::label).findFirst().orElse(k.key());
    }

    private static String sheetName(String key) {
        for (String[][] table : new String[][][] {ConstantNames.CHIP, ConstantNames.TECH}) {
            for (String[] row : table) {
                if (row[2].equals(key) || row.length > 3 && row[3].equals(key)) {
                    return row[1];
                }
            }
        }
        return null;
    }
}
