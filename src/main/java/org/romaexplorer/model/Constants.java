package org.romaexplorer.model;

import java.util.List;

/**
 * Every constant of the model, with unit and source. Calibrated values are fitted to the report's
 * calibration rows by {@code org.romaexplorer.report.Calibration}; a test re-runs that fit and fails when
 * a value here drifts from it.
 */
public final class Constants {
    private Constants() {}

    public static final double KIB = 1024, MIB = KIB * 1024, GIB = MIB * 1024;

    // --- stated by the paper
    public static final Constant CLOCK = paper("clock_mhz", 500, "MHz", "Table I");
    public static final Constant ROM_CAPACITY = paper("rom_gib", 1.86, "GiB", "Table I: 1.86GB (B-ROM), read as GiB");
    public static final Constant SRAM_LORA_KV = paper("sram_mb", 288, "MiB", "Sec. I: 288 MB SRAM for LoRA and KV cache");
    public static final Constant SRAM_INTERMEDIATE = paper("intermediate_sram_mb", 16, "MiB", "Sec. I: 16 MB SRAM for intermediate data");
    public static final Constant ROM_TO_SRAM_CELL = paper("rom_to_sram_cell", 1.0 / 3, "ratio", "Sec. II-C: ROM bit cell ≈ 1/3 of the SRAM bit cell (TSMC 7nm memory compiler)");

    // --- public references and stated assumptions
    public static final Constant SRAM_CELL = pub("sram_cell_um2", 0.027, "µm²", "TSMC N7 high-density 6T SRAM cell (Wu et al., IEDM 2016)");
    public static final Constant MACRO_EFFICIENCY = pub("macro_efficiency", 0.70, "ratio", "assumption: bit-cell share of a compiled memory macro's area (typically 0.6–0.8)");
    public static final Constant BROM_WORD_BITS = pub("brom_word_bits", 256, "bit", "assumption: B-ROM macro word width W in D/4·(W+NUM_CGEN)");
    public static final Constant NUM_CGEN = pub("num_cgen", org.romaexplorer.lunit.CGen.transistorCount(), "transistors",
            "derived from the structural CGen (lunit.CGen): candidate C_k needs popcount(k) transistors, Σ_{k<16} popcount(k) = 32 (Sec. III-C)");
    public static final Constant COMPUTE_METAL_DEMAND = pub("compute_metal_demand", 0.5, "ratio", "assumption: compute macro metal-layer demand / base-layer area (Sec. III-D: 'sparse in the metal layers')");
    public static final Constant FP16_MAC_AREA = pub("fp16_mac_um2", 1500, "µm²", "estimate: A100 (7 nm) 312 TFLOPS FP16 in ~20% of 826 mm² → ~1,500 µm² per FP16 MAC");
    public static final Constant L_LANE_AREA = pub("l_lane_um2", 8, "µm² per bit/cycle", "assumption: aligned-integer × unsigned-weight adder-tree lane per weight bit in 7 nm");
    public static final Constant VECTOR_LOGIC_AREA = pub("vector_logic_mm2", 0.5, "mm²", "assumption: 16-lane FP16 vector unit with router, 7 nm");
    public static final Constant SRAM_READ_ENERGY = pub("sram_read_fj_per_bit", 16, "fJ/bit", "Horowitz ISSCC 2014 (8 KB SRAM, 10 pJ per 64 bits at 45 nm) scaled ×0.1 to 7 nm");
    public static final Constant FP16_MAC_ENERGY = pub("fp16_mac_pj", 0.3, "pJ", "Horowitz ISSCC 2014 (FP16 mult 1.1 + add 0.4 pJ at 45 nm) scaled ×0.2 to 7 nm");
    public static final Constant L_LANE_ENERGY = pub("l_lane_fj_per_bit", 6, "fJ/bit", "Horowitz ISSCC 2014 (8-bit add 0.03 pJ at 45 nm) scaled ×0.2 to 7 nm");
    public static final Constant VECTOR_ENERGY = pub("vector_pj_per_cycle", 20, "pJ/cycle", "assumption: 16 FP16 lanes at ~1 pJ each plus SRAM access");
    public static final Constant SRAM_LEAKAGE = pub("sram_leak_pw_per_bit", 15, "pW/bit",
            "order of published FinFET high-density 6T bit-cell leakage, ~10–50 pA at 0.7–0.8 V (Intel 22/14 nm, "
            + "TSMC N7 HD cell papers): 20 pA × 0.75 V; array only, periphery and power gating not modeled");
    public static final Constant ROM_LEAK_TO_SRAM = pub("rom_leak_to_sram", 1.0 / 3, "ratio",
            "assumption: one off transistor per ROM bit against the 6T cell's ~3 leaking ones (B-ROM: × its transistor ratio)");
    public static final Constant SRAM_READ_EXPONENT = pub("sram_read_exponent", 0.5, "ratio",
            "assumption: H-unit SRAM read energy ∝ (capacity per unit / paper's 1.125 MiB)^γ, wire length ∝ √area (CACTI)");

    // --- calibrated (fitted to calibration rows only; see report)
    public static final Constant L_UNIT_BITS_PER_CYCLE = cal("l_unit_bits_per_cycle", 5221.3, "bit/cycle", "decode 3B and 8B at empty KV (Fig. 7)");
    public static final Constant H_UNIT_MACS_PER_CYCLE = cal("h_unit_macs_per_cycle", 149.53, "MAC/cycle", "decode 3B at 1K KV (Sec. I: 24.6K tokens/s)");
    public static final Constant VECTOR_CYCLES_PER_ELEMENT = cal("vector_cycles_per_element", 1.0220, "cycle", "decode 3B and 8B at empty KV (Fig. 7)");
    public static final Constant PREFILL_ATTENTION_OVERLAP = cal("prefill_attention_overlap", 0.22621, "ratio", "TTFT 3B at 4K input (Sec. I: 140.2 ms)");
    public static final Constant BROM_METAL_DEMAND = cal("brom_metal_demand", 0.60, "ratio", "Sec. III-B: B-ROM ≈ 40% smaller than standard ROM");
    public static final Constant LOGIC_AREA_SCALE = cal("logic_area_scale", 3.9861, "ratio", "Table I: 503.7 mm²");
    public static final Constant ENERGY_SCALE = cal("energy_scale", 1.9926, "ratio", "Table I: 33.1 W");

    /** All constants, in the order above. */
    public static final List<Constant> ALL = List.of(CLOCK, ROM_CAPACITY, SRAM_LORA_KV, SRAM_INTERMEDIATE,
            ROM_TO_SRAM_CELL, SRAM_CELL, MACRO_EFFICIENCY, BROM_WORD_BITS, NUM_CGEN, COMPUTE_METAL_DEMAND,
            FP16_MAC_AREA, L_LANE_AREA, VECTOR_LOGIC_AREA, SRAM_READ_ENERGY, FP16_MAC_ENERGY, L_LANE_ENERGY,
            VECTOR_ENERGY, SRAM_LEAKAGE, ROM_LEAK_TO_SRAM, SRAM_READ_EXPONENT, L_UNIT_BITS_PER_CYCLE, H_UNIT_MACS_PER_CYCLE, VECTOR_CYCLES_PER_ELEMENT,
            PREFILL_ATTENTION_OVERLAP, BROM_METAL_DEMAND, LOGIC_AREA_SCALE, ENERGY_SCALE);

    private static Constant paper(String key, double v, String unit, String where) {
        return new Constant(key, v, unit, "paper " + where, false);
    }

    private static Constant pub(String key, double v, String unit, String source) {
        return new Constant(key, v, unit, source, false);
    }

    private static Constant cal(String key, double v, String unit, String rows) {
        return new Constant(key, v, unit, "calibrated to " + rows, true);
    }
}
