package org.romaexplorer.ui.params;

import org.romaexplorer.model.Constant;
import org.romaexplorer.model.Constants;

/** Readable names of the constants on the sheet, beside their record component and constant key. */
final class ConstantNames {
    private ConstantNames() {}

    /** Component, name, constant key; or component, name, "", key, source for the array shape. */
    static final String[][] CHIP = {
        {"romBytes", "ROM capacity", "rom_gib"},
        {"intermediateSramBytes", "Intermediate SRAM", "intermediate_sram_mb"},
        {"lUnitBitsPerCycle", "L-unit throughput", "l_unit_bits_per_cycle"},
        {"hUnitMacsPerCycle", "H-unit throughput", "h_unit_macs_per_cycle"},
        {"vectorCyclesPerElement", "Vector cycles per element", "vector_cycles_per_element"},
        {"prefillAttentionOverlap", "Prefill attention overlap", "prefill_attention_overlap"},
        {"matrixRows", "Matrix-unit rows", "", "matrix_rows", "paper Table I / Sec. III-A: 2 × 8 rows"},
        {"columns", "Columns", "", "columns", "paper Sec. III-A: 16 columns"},
    };

    /** Component, name, constant key. */
    static final String[][] TECH = {
        {"sramCellUm2", "SRAM bit cell", "sram_cell_um2"},
        {"romToSramCell", "ROM / SRAM cell area", "rom_to_sram_cell"},
        {"macroEfficiency", "Macro efficiency", "macro_efficiency"},
        {"bromWordBits", "B-ROM word width", "brom_word_bits"},
        {"numCgen", "CGen transistors", "num_cgen"},
        {"bromMetalDemand", "B-ROM metal demand", "brom_metal_demand"},
        {"computeMetalDemand", "Compute metal demand", "compute_metal_demand"},
        {"fp16MacUm2", "FP16 MAC area", "fp16_mac_um2"},
        {"lLaneUm2", "L-lane area", "l_lane_um2"},
        {"vectorLogicMm2", "Vector-unit logic area", "vector_logic_mm2"},
        {"logicAreaScale", "Logic area scale", "logic_area_scale"},
        {"sramReadFj", "SRAM read energy", "sram_read_fj_per_bit"},
        {"fp16MacPj", "FP16 MAC energy", "fp16_mac_pj"},
        {"lLaneFj", "L-lane energy", "l_lane_fj_per_bit"},
        {"vectorPjPerCycle", "Vector-unit energy", "vector_pj_per_cycle"},
        {"energyScale", "Energy scale", "energy_scale"},
        {"sramLeakPw", "SRAM leakage", "sram_leak_pw_per_bit"},
        {"romLeakToSram", "ROM / SRAM leakage", "rom_leak_to_sram"},
        {"sramReadExponent", "SRAM read-energy exponent", "sram_read_exponent"},
    };

    static Constant constant(String key) {
        return Constants.ALL.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no constant " + key));
    }

    static String source(Constant c) {
        return c.source() + (c.calibrated() ? " (calibrated)" : "");
    }
}
