package org.romaexplorer.model;

import static org.romaexplorer.model.Param.Section.HARDWARE;
import static org.romaexplorer.model.Param.Section.TECHNOLOGY;

import java.util.List;

/**
 * The chip and technology constants of the model, each a {@link Param} with unit, source and plausible
 * range. Calibrated values are fitted to the report's calibration rows by
 * {@code org.romaexplorer.report.Calibration}; a test re-runs that fit and fails when a value here drifts
 * from it. TSMC 7 nm class values: at another node {@link ProcessNode} scales them.
 */
public final class Constants {
    private Constants() {}

    public static final double KIB = 1024, MIB = KIB * 1024, GIB = MIB * 1024;

    private static final String SCALED = "assumption or scaled estimate ×0.5–×2";

    // --- stated by the paper
    public static final Param ROM_TO_SRAM_CELL = tech("rom_to_sram_cell", "ROM / SRAM cell area", "ratio", 1e-3, 10)
            .about("ROM bit cell area over the SRAM bit cell's")
            .paper(1.0 / 3, "Sec. II-C: ROM bit cell ≈ 1/3 of the SRAM bit cell (TSMC 7nm memory compiler)")
            .rounding(1.0 / 30, "'approximately one-third': ±10%").access(techField("romToSramCell"));

    // --- public references and stated assumptions
    public static final Param SRAM_CELL = tech("sram_cell_um2", "SRAM bit cell", "µm²", 1e-4, 10)
            .about("6T SRAM bit-cell area").value(0.027, "TSMC N7 high-density 6T SRAM cell (Wu et al., IEDM 2016)")
            .span(0.027, 0.032, "TSMC N7 high-density 0.027 to high-current 0.032 µm² cells")
            .access(techField("sramCellUm2"));
    public static final Param MACRO_EFFICIENCY = tech("macro_efficiency", "Macro efficiency", "ratio", 0.01, 1)
            .about("bit-cell share of a compiled memory macro's area")
            .value(0.70, "assumption: bit-cell share of a compiled memory macro's area (typically 0.6–0.8)")
            .span(0.6, 0.8, "typical compiled-macro array efficiency 0.6–0.8")
            .access(techField("macroEfficiency"));
    public static final Param BROM_WORD_BITS = Param.integer("brom_word_bits", "B-ROM word width", "bit", 1, 1 << 16).in(TECHNOLOGY)
            .about("B-ROM macro word width W in D/4·(W+NUM_CGEN)")
            .value(256, "assumption: B-ROM macro word width W in D/4·(W+NUM_CGEN)").assumption("assumption ×0.5–×2")
            .access(techField("bromWordBits"));
    public static final Param NUM_CGEN = Param.integer("num_cgen", "CGen transistors", "transistors", 0, 1 << 10).in(TECHNOLOGY)
            .about("CGen transistors per block of four addresses")
            .value(org.romaexplorer.lunit.CGen.transistorCount(), "derived from the structural CGen (lunit.CGen): candidate "
                    + "C_k needs popcount(k) transistors, Σ_{k<16} popcount(k) = 32 (Sec. III-C)")
            .exact("counted from the structural CGen").access(techField("numCgen"));
    public static final Param COMPUTE_METAL_DEMAND = tech("compute_metal_demand", "Compute metal demand", "ratio", 0, 1)
            .about("compute macro metal-layer area over its base-layer area")
            .value(0.5, "assumption: compute macro metal-layer demand / base-layer area (Sec. III-D: 'sparse in the metal layers')")
            .assumption(SCALED).access(techField("computeMetalDemand"));
    public static final Param FP16_MAC_AREA = tech("fp16_mac_um2", "FP16 MAC area", "µm²", 0, 1e6)
            .about("area of one FP16 multiply-accumulate at 7 nm (other nodes: × the logic-density ratio)")
            .value(176, "Horowitz ISSCC 2014 (45 nm: FP16 multiplier 1,640 µm² + adder 1,360 µm²) × Stillmaker & Baas "
                    + "2017's 45 → 7 nm area factor 1/17; an A100 tensor core's ~1,500 µm² per FP16 MAC (826 mm², 312 TFLOPS) "
                    + "includes its operand network")
            .span(88, 1500, "bare arithmetic ×0.5 up to a tensor core's 1,500 µm² per MAC").access(techField("fp16MacUm2"));
    public static final Param L_LANE_AREA = tech("l_lane_um2", "L-lane area", "µm² per bit/cycle", 0, 1e6)
            .about("L-unit compute area per weight bit per cycle at 7 nm: one input of the aligned-integer adder tree")
            .value(3.1, "Horowitz ISSCC 2014 (45 nm: 8-bit add 36 µm², 16-bit 67 µm², so ~52 µm² at the 12 aligned bits "
                    + "of the L-unit lab) × Stillmaker & Baas 2017's 45 → 7 nm area factor 1/17")
            .span(1.5, 12, "bare 12-bit adder ×0.5 up to ×4 for the tree's widening, registers and dequantization")
            .access(techField("lLaneUm2"));
    public static final Param VECTOR_LOGIC_AREA = tech("vector_logic_mm2", "Vector-unit logic area", "mm²", 0, 1e3)
            .about("logic area of one vector unit")
            .value(0.5, "assumption: 16-lane FP16 vector unit with router, 7 nm")
            .assumption(SCALED).access(techField("vectorLogicMm2"));
    public static final Param SRAM_READ_ENERGY = tech("sram_read_fj_per_bit", "SRAM read energy", "fJ/bit", 1e-3, 1e6)
            .about("SRAM read energy per bit")
            .value(16, "Horowitz ISSCC 2014 (8 KB SRAM, 10 pJ per 64 bits at 45 nm) scaled ×0.1 to 7 nm")
            .assumption(SCALED).access(techField("sramReadFj"));
    public static final Param FP16_MAC_ENERGY = tech("fp16_mac_pj", "FP16 MAC energy", "pJ", 1e-6, 1e3)
            .about("energy of one FP16 multiply-accumulate")
            .value(0.3, "Horowitz ISSCC 2014 (FP16 mult 1.1 + add 0.4 pJ at 45 nm) scaled ×0.2 to 7 nm")
            .assumption(SCALED).access(techField("fp16MacPj"));
    public static final Param L_LANE_ENERGY = tech("l_lane_fj_per_bit", "L-lane energy", "fJ/bit", 1e-3, 1e6)
            .about("L-unit compute energy per weight bit")
            .value(6, "Horowitz ISSCC 2014 (8-bit add 0.03 pJ at 45 nm) scaled ×0.2 to 7 nm")
            .assumption(SCALED).access(techField("lLaneFj"));
    public static final Param VECTOR_ENERGY = tech("vector_pj_per_cycle", "Vector-unit energy", "pJ/cycle", 1e-6, 1e6)
            .about("vector-unit energy per cycle")
            .value(20, "assumption: 16 FP16 lanes at ~1 pJ each plus SRAM access")
            .assumption(SCALED).access(techField("vectorPjPerCycle"));
    public static final Param SRAM_LEAKAGE = tech("sram_leak_pw_per_bit", "SRAM leakage", "pW/bit", 0, 1e6)
            .about("SRAM leakage per bit (array only; periphery and power gating not modeled)")
            .value(15, "order of published FinFET high-density 6T bit-cell leakage, ~10–50 pA at 0.7–0.8 V (Intel 22/14 nm, "
                    + "TSMC N7 HD cell papers): 20 pA × 0.75 V; array only, periphery and power gating not modeled")
            .span(7.5, 37.5, "10–50 pA per cell at 0.75 V").access(techField("sramLeakPw"));
    public static final Param ROM_LEAK_TO_SRAM = tech("rom_leak_to_sram", "ROM / SRAM leakage", "ratio", 0, 10)
            .about("standard-ROM leakage per bit over SRAM leakage per bit")
            .value(1.0 / 3, "assumption: one off transistor per ROM bit against the 6T cell's ~3 leaking ones "
                    + "(B-ROM: × its transistor ratio)")
            .assumption(SCALED).access(techField("romLeakToSram"));
    public static final Param SRAM_READ_EXPONENT = tech("sram_read_exponent", "SRAM read-energy exponent", "ratio", 0, 2)
            .about("γ in H-unit SRAM read energy ∝ (capacity per unit / paper's 1.125 MiB)^γ")
            .value(0.5, "assumption: H-unit SRAM read energy ∝ (capacity per unit / paper's 1.125 MiB)^γ, wire length ∝ √area (CACTI)")
            .assumption(SCALED).access(techField("sramReadExponent"));

    // --- calibrated (fitted to calibration rows only; see report)
    public static final Param L_UNIT_BITS_PER_CYCLE = chip("l_unit_bits_per_cycle", "L-unit throughput", "bit/cycle", 1e-3, 1e9)
            .about("ROM weight bits one L-unit reads and consumes per cycle")
            .calibrated(5221.3, "decode 3B and 8B at empty KV (Fig. 7)").access(chipField("lUnitBitsPerCycle"));
    public static final Param H_UNIT_MACS_PER_CYCLE = chip("h_unit_macs_per_cycle", "H-unit throughput", "MAC/cycle", 1e-3, 1e9)
            .about("FP16 multiply-accumulates one H-unit performs per cycle")
            .calibrated(149.53, "decode 3B at 1K KV (Sec. I: 24.6K tokens/s)").access(chipField("hUnitMacsPerCycle"));
    public static final Param VECTOR_CYCLES_PER_ELEMENT = chip("vector_cycles_per_element", "Vector cycles per element", "cycle", 0, 1e6)
            .about("vector-unit cycles per hidden-state element per layer")
            .calibrated(1.0220, "decode 3B and 8B at empty KV (Fig. 7)")
            .access(chipField("vectorCyclesPerElement"));
    public static final Param PREFILL_ATTENTION_OVERLAP = chip("prefill_attention_overlap", "Prefill attention overlap", "ratio", 0, 1)
            .about("fraction of prefill attention hidden behind weight streaming")
            .calibrated(0.22621, "TTFT 3B at 4K input (Sec. I: 140.2 ms)")
            .access(chipField("prefillAttentionOverlap"));
    public static final Param BROM_METAL_DEMAND = tech("brom_metal_demand", "B-ROM metal demand", "ratio", 0, 10)
            .about("B-ROM metal-layer area over the standard-ROM macro area")
            .calibrated(0.60, "Sec. III-B: B-ROM ≈ 40% smaller than standard ROM").access(techField("bromMetalDemand"));
    public static final Param AREA_UTILIZATION = tech("area_utilization", "Area utilization", "ratio", 1e-3, 1)
            .about("share of the die the modelled memories and logic fill; the rest is routing, clock, control, network "
                    + "and I/O, which the paper does not break down")
            .calibrated(0.47335, "Table I: 503.7 mm²").access(techField("areaUtilization"));
    public static final Param ENERGY_SCALE = tech("energy_scale", "Energy scale", "ratio", 1e-3, 1e3)
            .about("calibrated factor on all dynamic energies")
            .calibrated(1.9533, "Table I: 33.1 W").access(techField("energyScale"));

    // --- newer weight cells and the eDRAM KV store (issue 17), at the 7 nm reference
    public static final Param LOGIC_ROM_PER_ONE = cell("logic_rom_um2_per_one", "Logic-ROM area per 1 bit", "µm²", 1e-4, 10)
            .about("area of one 1 bit of a weight ROM synthesized as standard-cell logic (a 0 bit costs none), at 7 nm")
            .value(0.02649, "fitted to TOM's 15.0 MB/mm² at a 70% zero-bit ratio (arXiv 2602.20662, 7 nm; MB read as MiB)")
            .span(0.02, 0.035, "MB as 10^6 or 2^20 bytes, bank shape (TOM quotes its peak density)")
            .access(cellField("logicRomUm2PerOne"));
    public static final Param CIROM_TO_SRAM = cell("cirom_to_sram", "CiROM / SRAM area per bit", "ratio", 1e-4, 1)
            .about("area per stored bit of a two-trits-per-transistor compute-in-ROM array over the node's SRAM macro")
            .value(0.03356, "fitted to BitROM's 4,967 kB/mm² at 65 nm (arXiv 2509.08542; kB as 1,000 B of 2-bit ternary "
                    + "codes) against this model's 65 nm SRAM macro, 0.525 µm² / 0.70")
            .span(0.025, 0.042, "1.58 or 2 bits per ternary weight, kB or KiB, the 65 nm SRAM cell 0.50–0.62 µm²")
            .access(cellField("ciromToSram"));
    public static final Param CIROM_PERIPHERY = cell("cirom_periphery", "CiROM periphery share", "ratio", 0, 0.9)
            .about("share of a compute-in-ROM macro's area that is its periphery (adder trees, drivers): its compute")
            .value(0.048, "BitROM's periphery, 4.8% of the macro (a review of arXiv 2509.08542; secondary)")
            .assumption("secondary source ×0.5–×2").access(cellField("ciromPeriphery"));
    public static final Param EDRAM_READ_TO_SRAM = cell("edram_read_to_sram", "eDRAM / SRAM read energy", "ratio", 0.01, 10)
            .about("eDRAM read energy per bit over SRAM's")
            .value(0.85, "CACTI 7 (lp-dram against SRAM, 4 MB, 1 bank): 0.76 vs 0.90 pJ/bit at 32 nm, 2.2 vs 2.8 at 65 nm")
            .span(0.75, 1.0, "CACTI 7 at 32 and 65 nm").access(cellField("edramReadToSram"));
    public static final Param EDRAM_REFRESH = cell("edram_refresh_pj_per_bit", "eDRAM refresh energy", "pJ/bit", 0, 100)
            .about("energy to refresh one eDRAM bit once, at 7 nm")
            .value(0.021, "derived: 0.2 pJ/bit, the array-internal share of CACTI 7's 32 nm lp-dram read, × Stillmaker & Baas "
                    + "2017's 32 → 7 nm energy factor 1/9.56")
            .span(0.01, 0.1, "assumption ×0.5–×5").access(cellField("edramRefreshPj"));
    public static final Param EDRAM_RETENTION = cell("edram_retention_us", "eDRAM retention", "µs", 1, 1e6)
            .about("eDRAM retention time, the refresh period")
            .value(40, "IBM 32/22 nm SOI eDRAM at 125 °C (Butt et al. IEDM 2010; Pei et al. IEDM 2014); Intel 22 nm: > 100 µs at 95 °C")
            .span(10, 140, "gain cells 10–77 µs, 1T1C 40–140 µs").access(cellField("edramRetentionUs"));

    /**
     * The constants the sensitivity study and the uncertainty bands vary, in the order they are drawn: the
     * paper's capacities and clock, then the technology constants, then the calibrated ones.
     */
    public static final List<Param> ALL = List.of(Knobs.CLOCK_MHZ, Knobs.ROM_GIB, Knobs.SRAM_MB,
            Knobs.INTERMEDIATE_SRAM_MB, ROM_TO_SRAM_CELL, SRAM_CELL, MACRO_EFFICIENCY, BROM_WORD_BITS, NUM_CGEN,
            COMPUTE_METAL_DEMAND, FP16_MAC_AREA, L_LANE_AREA, VECTOR_LOGIC_AREA, SRAM_READ_ENERGY, FP16_MAC_ENERGY,
            L_LANE_ENERGY, VECTOR_ENERGY, SRAM_LEAKAGE, ROM_LEAK_TO_SRAM, SRAM_READ_EXPONENT, L_UNIT_BITS_PER_CYCLE,
            H_UNIT_MACS_PER_CYCLE, VECTOR_CYCLES_PER_ELEMENT, PREFILL_ATTENTION_OVERLAP, BROM_METAL_DEMAND,
            AREA_UTILIZATION, ENERGY_SCALE);

    /** The parameters declared here, in the order of the constants sheet and the docs. */
    static final List<Param> DECLARED = List.of(L_UNIT_BITS_PER_CYCLE, H_UNIT_MACS_PER_CYCLE, VECTOR_CYCLES_PER_ELEMENT,
            PREFILL_ATTENTION_OVERLAP, SRAM_CELL, ROM_TO_SRAM_CELL, MACRO_EFFICIENCY, BROM_WORD_BITS, NUM_CGEN,
            BROM_METAL_DEMAND, COMPUTE_METAL_DEMAND, FP16_MAC_AREA, L_LANE_AREA, VECTOR_LOGIC_AREA, AREA_UTILIZATION,
            SRAM_READ_ENERGY, FP16_MAC_ENERGY, L_LANE_ENERGY, VECTOR_ENERGY, ENERGY_SCALE, SRAM_LEAKAGE,
            ROM_LEAK_TO_SRAM, SRAM_READ_EXPONENT, LOGIC_ROM_PER_ONE, CIROM_TO_SRAM, CIROM_PERIPHERY, EDRAM_READ_TO_SRAM,
            EDRAM_REFRESH, EDRAM_RETENTION);

    private static Param.Builder tech(String key, String name, String unit, double min, double max) {
        return Param.number(key, name, unit, min, max).in(TECHNOLOGY);
    }

    private static Param.Builder cell(String key, String name, String unit, double min, double max) {
        return Param.number(key, name, unit, min, max).in(TECHNOLOGY);
    }

    private static Param.Builder chip(String key, String name, String unit, double min, double max) {
        return Param.number(key, name, unit, min, max).in(HARDWARE);
    }

    /** A component of the design's {@link Technology}, through its canonical constructor. */
    private static Param.Access techField(String component) {
        return field(DesignPoint::tech, DesignPoint::withTech, component);
    }

    /** A component of the design's {@link CellTech}. */
    private static Param.Access cellField(String component) {
        return field(p -> p.tech().cells(), (p, c) -> p.withTech(p.tech().withCells(c)), component);
    }

    /** A component of the design's {@link Hardware}. */
    private static Param.Access chipField(String component) {
        return field(DesignPoint::hw, DesignPoint::withHw, component);
    }

    /** The component {@code component} of the record {@code part} of a design point, replaced through {@code with}. */
    private static <R extends Record> Param.Access field(java.util.function.Function<DesignPoint, R> part,
                                                         java.util.function.BiFunction<DesignPoint, R, DesignPoint> with,
                                                         String component) {
        return new Param.Access() {
            public double get(DesignPoint p) { return Records.get(part.apply(p), component); }

            public DesignPoint set(DesignPoint p, double v) { return with.apply(p, Records.with(part.apply(p), component, v)); }
        };
    }
}
