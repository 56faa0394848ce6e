package org.romaexplorer.model;

/**
 * Area (mm²) and peak power (W) of the chip and of its L-units under every weight cell (paper Sec. III-C,
 * III-D, IV-C; Figs. 2, 11, 12; docs/model.md, "Area").
 *
 * <p><b>Memory.</b> A macro's area is its bit cells over the macro efficiency η at the node: SRAM a_s·k/η per bit
 * (k the node's cell ratio to 7 nm), standard ROM ρ times that (ρ ≈ 1/3, Sec. II-C). A macro occupies the larger of
 * its base-layer (transistor) and metal-layer demand. B-ROM needs t = (W+NUM_CGEN)/4W of the standard ROM's
 * transistors but more wiring, a metal demand μ_B of the standard ROM area, so B-ROM = std · max(t, μ_B). Compute
 * macros are dense in base and sparse in metal (demand μ_C of their area). A <b>fused cell</b> shares both layers:
 * fused = max(std·t + C, std·μ_B + μ_C·C), against the macro-based B-ROM + C. The newer cells
 * ({@link WeightCell}): a metal/via ROM has the 1T ROM's area; a two-trits-per-transistor compute-in-ROM array
 * c_R of the SRAM macro per bit, its periphery a share π of the macro standing in for the lanes; a logic ROM a_1·o
 * per bit in logic (a_1 per 1 bit, o the share of 1 bits, {@link WeightPacking#onesFraction}). The H-units hold the
 * LoRA weights and KV cache in SRAM, or in eDRAM of e times the SRAM cell ({@link KvStore}).
 *
 * <p><b>Logic</b> per unit kind, each from public arithmetic areas at 7 nm times the node's logic-area ratio: L-unit
 * lanes a_L per weight bit per cycle, H-unit FP16 MACs a_M each, vector units a_V each. <b>Utilization</b> u: the
 * modelled memories and logic fill a share u of the die (calibrated to Table I's 503.7 mm²); every part's area is
 * its modelled area over u, so the parts sum to the chip.
 *
 * <p><b>Power</b> at full activity ({@link ChipPower}).
 */
public final class AreaPower {
    private static final double UM2_PER_MM2 = 1e6;
    private final Hardware hw;
    private final Technology t;
    private final double romBits;
    private final double lAddsPerBit;
    private final double lComputeActivity;
    private final double lReadActivity;
    private final double onesFraction;
    private final double sramMm2PerBit;
    private final double logicScale;
    private final WeightCell cell;
    private final double cellLogic;
    private final double cellLUnit;
    private final double cellMemoryPerBit;

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
        onesFraction = w.onesFraction(zeroFraction);
        sramMm2PerBit = t.sramCellUm2() * t.node().cellScale() / t.macroEfficiency() / UM2_PER_MM2;
        logicScale = t.node().logicScale();
        cell = hw.weightCell();
        cellLogic = computeLLogic(cell);
        cellLUnit = computeLUnit(cell, cellLogic);
        cellMemoryPerBit = computeMemoryPerBit(cell);
    }

    Hardware hw() { return hw; }

    Technology tech() { return t; }

    /** Memory macro area per bit of SRAM at the node, mm². */
    public double sramMm2PerBit() {
        return sramMm2PerBit;
    }

    /** Area per bit of the LoRA/KV store: SRAM, or eDRAM of the node's eDRAM / SRAM cell ratio, mm². */
    public double kvStoreMm2PerBit() {
        return hw.kvStore() == KvStore.EDRAM ? sramMm2PerBit * t.node().edramToSram() : sramMm2PerBit;
    }

    /** Storage area per bit of the whole ROM under a weight cell, mm² (Fig. 2 is its inverse). */
    public double memoryMm2PerBit(WeightCell c) {
        return c == cell ? cellMemoryPerBit : computeMemoryPerBit(c);
    }

    private double computeMemoryPerBit(WeightCell c) {
        double std = sramMm2PerBit * t.romToSramCell();
        return switch (c) {
            case SRAM -> sramMm2PerBit;
            case ROM, METAL_ROM -> std;
            case BROM -> std * Math.max(t.bromTransistorRatio(), t.bromMetalDemand());
            case FUSED -> (rawLUnit(WeightCell.FUSED) - rawLLogic(WeightCell.FUSED)) / romBits;
            case CIROM2T -> sramMm2PerBit * t.cells().ciromToSram();
            case TERNARY_LOGIC -> t.cells().logicRomUm2PerOne() * logicScale * onesFraction / UM2_PER_MM2;
        };
    }

    /**
     * Logic of all L-units under a cell (the periphery of a compute-in-ROM array), modelled mm²: lanes (or
     * periphery) for R activation rows ({@link Hardware#lUnitRows}, issue 21).
     */
    private double rawLLogic(WeightCell c) {
        return c == cell ? cellLogic : computeLLogic(c);
    }

    private double computeLLogic(WeightCell c) {
        if (c == WeightCell.CIROM2T) {
            double p = t.cells().ciromPeriphery();
            return romBits * computeMemoryPerBit(c) * p / (1 - p) * hw.lUnitRows();
        }
        return hw.matrixUnits() * hw.lUnitBitsPerCycle() * hw.lUnitRows() * t.lLaneUm2() * lAddsPerBit * logicScale
                / UM2_PER_MM2;
    }

    /** All L-units (storage of the whole ROM plus compute) under a cell, modelled mm². */
    private double rawLUnit(WeightCell c) {
        return c == cell ? cellLUnit : computeLUnit(c, computeLLogic(c));
    }

    private double computeLUnit(WeightCell c, double logic) {
        if (c == WeightCell.FUSED) {
            double std = romBits * sramMm2PerBit * t.romToSramCell();
            return Math.max(std * t.bromTransistorRatio() + logic, std * t.bromMetalDemand() + t.computeMetalDemand() * logic);
        }
        return romBits * computeMemoryPerBit(c) + logic;
    }

    /** Logic of all L-units under the chip's cell, mm² (with its share of the die). */
    public double lUnitComputeMm2() {
        return rawLLogic(hw.weightCell()) / t.areaUtilization();
    }

    /** All L-units under a cell, mm² (Fig. 12), with their share of the die. */
    public double lUnitAreaMm2(WeightCell c) {
        return rawLUnit(c) / t.areaUtilization();
    }

    private double rawHLogic() {
        return hw.matrixUnits() * hw.hUnitMacsPerCycle() * t.fp16MacUm2() * logicScale / UM2_PER_MM2;
    }

    private double rawHMemory() {
        return hw.sramBytes() * 8.0 * kvStoreMm2PerBit();
    }

    private double rawVectorLogic() {
        return hw.vectorUnits() * t.vectorLogicMm2() * logicScale;
    }

    private double rawVectorMemory() {
        return hw.intermediateSramBytes() * 8.0 * sramMm2PerBit;
    }

    public double hUnitAreaMm2() {
        return (rawHMemory() + rawHLogic()) / t.areaUtilization();
    }

    public double vectorAreaMm2() {
        return (rawVectorMemory() + rawVectorLogic()) / t.areaUtilization();
    }

    /**
     * The chip's area by part, each with its share of the die: the weight memory and the L-units' logic (for a fused
     * cell, the fused L-unit less its compute), the LoRA/KV memory and the H-units' MACs, the intermediate SRAM and
     * the vector units' logic.
     */
    public AreaBreakdown breakdown() {
        WeightCell c = hw.weightCell();
        double u = t.areaUtilization();
        double lLogic = rawLLogic(c);
        return new AreaBreakdown((rawLUnit(c) - lLogic) / u, lLogic / u, rawHMemory() / u, rawHLogic() / u,
                rawVectorMemory() / u, rawVectorLogic() / u);
    }

    /** Chip area, mm² (Table I, Fig. 11): the sum of {@link #breakdown()}. */
    public double chipAreaMm2() {
        return breakdown().total();
    }

    /** Share of the L-units' ROM read energy spent (zero ternary weights with 2-bit codes read free). */
    double lReadActivity() { return lReadActivity; }

    /** Share of the L-units' lane energy spent (ternary: one add per weight, none for a zero). */
    double lComputeActivity() { return lComputeActivity; }

    /** Share of 1 bits in the stored weights (the logic ROM's gates, its leaking transistors). */
    double onesFraction() { return onesFraction; }

    /** Peak power of all L-units under a cell, W (Fig. 12); see {@link ChipPower}. */
    public double lUnitPowerW(WeightCell c) {
        return new ChipPower(this).lUnitW(c);
    }

    public double hUnitPowerW() {
        return new ChipPower(this).hUnitW();
    }

    public double vectorPowerW() {
        return new ChipPower(this).vectorW();
    }

    /** Chip peak power under the chip's weight cell, W (Table I, Fig. 11). */
    public double chipPowerW() {
        return new ChipPower(this).chipW();
    }
}
