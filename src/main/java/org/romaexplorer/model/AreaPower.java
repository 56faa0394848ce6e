package org.romaexplorer.model;

/**
 * Area (mm²) and peak power (W) of the chip and of its L-unit under the four designs of Fig. 12
 * (paper Sec. III-C, III-D, IV-C).
 *
 * <p><b>Memory.</b> A macro's area is its bit cells over the macro efficiency η: SRAM a_s/η per bit,
 * standard ROM a_s·ρ/η (ρ ≈ 1/3, Sec. II-C). A macro occupies the larger of its base-layer (transistor)
 * and metal-layer demand. B-ROM needs (W+NUM_CGEN)/4W of the standard ROM's transistors but more wiring,
 * a metal demand μ_B of the standard ROM area, so B-ROM = std · max(t, μ_B). Compute macros are dense in
 * base and sparse in metal (demand μ_C of their area). A <b>fused cell</b> shares both layers:
 * fused = max(std·t + C, std·μ_B + μ_C·C), against the macro-based B-ROM + C.
 *
 * <p><b>Logic.</b> L-unit lanes a_L per weight bit per cycle, H-unit FP16 MACs a_M each, vector units
 * a_V each, all times one calibrated scale. <b>Power</b> at full activity: every L-unit reads and
 * consumes b_L bits per cycle (read energy proportional to the memory area per bit, relative to SRAM,
 * as wire capacitance scales with it), every H-unit does m_H FP16 MACs each reading 16 SRAM bits, every
 * vector unit spends its energy per cycle; times one calibrated energy scale; plus the leakage of every
 * memory bit ({@link ChipPower}).
 */
public final class AreaPower {
    /** The four L-unit designs of Fig. 12. */
    public enum LUnitDesign { SRAM_COMPUTE, ROM_COMPUTE, BROM_COMPUTE, FUSED }

    private static final double UM2_PER_MM2 = 1e6;
    private final Hardware hw;
    private final Technology t;
    private final double romBits;
    private final double lAddsPerBit;
    private final double lComputeActivity;
    private final double lReadActivity;

    /** An L-unit for integer weights (one shift-add lane per weight bit). */
    public AreaPower(Hardware hw, Technology t) {
        this(hw, t, WeightPacking.INTEGER, 0);
    }

    /**
     * An L-unit for the weights of {@code q}: ternary weights need one add per weight, not a multiplier,
     * and zero weights skip work ({@link WeightPacking}).
     */
    public AreaPower(Hardware hw, Technology t, Quantization q) {
        this(hw, t, q.packing(), q.zeroFraction());
    }

    private AreaPower(Hardware hw, Technology t, WeightPacking w, double zeroFraction) {
        this.hw = hw;
        this.t = t;
        this.romBits = hw.romBytes() * 8.0;
        lAddsPerBit = w.addsPerBit();
        lComputeActivity = w.computeActivity(zeroFraction);
        lReadActivity = w.readActivity(zeroFraction);
    }

    /** Memory macro area per bit of SRAM, mm². */
    public double sramMm2PerBit() {
        return t.sramCellUm2() / t.macroEfficiency() / UM2_PER_MM2;
    }

    /** Storage area per bit of each memory kind, mm² (Fig. 2 is its inverse). */
    public double memoryMm2PerBit(LUnitDesign d) {
        double std = sramMm2PerBit() * t.romToSramCell();
        return switch (d) {
            case SRAM_COMPUTE -> sramMm2PerBit();
            case ROM_COMPUTE -> std;
            case BROM_COMPUTE -> std * Math.max(t.bromTransistorRatio(), t.bromMetalDemand());
            case FUSED -> (lUnitAreaMm2(LUnitDesign.FUSED) - lUnitComputeMm2()) / romBits;
        };
    }

    /** Logic of all L-units, mm²: lanes for R activation rows ({@link Hardware#lUnitRows}). */
    public double lUnitComputeMm2() {
        return hw.matrixUnits() * hw.lUnitBitsPerCycle() * hw.lUnitRows() * t.lLaneUm2() * lAddsPerBit * t.logicAreaScale()
                / UM2_PER_MM2;
    }

    /** All L-units (storage of the whole ROM plus compute) under a design, mm² (Fig. 12). */
    public double lUnitAreaMm2(LUnitDesign d) {
        double c = lUnitComputeMm2();
        double std = romBits * sramMm2PerBit() * t.romToSramCell();
        return switch (d) {
            case SRAM_COMPUTE -> romBits * sramMm2PerBit() + c;
            case ROM_COMPUTE -> std + c;
            case BROM_COMPUTE -> std * Math.max(t.bromTransistorRatio(), t.bromMetalDemand()) + c;
            case FUSED -> Math.max(std * t.bromTransistorRatio() + c,
                    std * t.bromMetalDemand() + t.computeMetalDemand() * c);
        };
    }

    public double hUnitAreaMm2() {
        double logic = hw.matrixUnits() * hw.hUnitMacsPerCycle() * t.fp16MacUm2() / UM2_PER_MM2;
        return hw.sramBytes() * 8.0 * sramMm2PerBit() + logic * t.logicAreaScale();
    }

    public double vectorAreaMm2() {
        return hw.intermediateSramBytes() * 8.0 * sramMm2PerBit()
                + hw.vectorUnits() * t.vectorLogicMm2() * t.logicAreaScale();
    }

    /** Chip area with fused-cell L-units, mm² (Table I, Fig. 11). */
    public double chipAreaMm2() {
        return lUnitAreaMm2(LUnitDesign.FUSED) + hUnitAreaMm2() + vectorAreaMm2();
    }

    /** Share of the L-units' ROM read energy spent (zero ternary weights with 2-bit codes read free). */
    double lReadActivity() { return lReadActivity; }

    /** Share of the L-units' lane energy spent (ternary: one add per weight, none for a zero). */
    double lComputeActivity() { return lComputeActivity; }

    /** Peak power of all L-units under a design, W (Fig. 12); see {@link ChipPower}. */
    public double lUnitPowerW(LUnitDesign d) {
        return new ChipPower(hw, t, this).lUnitW(d);
    }

    public double hUnitPowerW() {
        return new ChipPower(hw, t, this).hUnitW();
    }

    public double vectorPowerW() {
        return new ChipPower(hw, t, this).vectorW();
    }

    /** Chip peak power with fused-cell L-units, W (Table I, Fig. 11). */
    public double chipPowerW() {
        return new ChipPower(hw, t, this).chipW();
    }
}
