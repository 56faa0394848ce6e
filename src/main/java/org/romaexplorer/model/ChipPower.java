package org.romaexplorer.model;

import org.romaexplorer.model.AreaPower.LUnitDesign;

/**
 * Peak power of the chip's parts at full activity (Table I, Figs. 11, 12), split into what each joule is
 * spent on. Dynamic parts are times the calibrated energy scale; leakage is static and is not.
 *
 * <ul>
 *   <li><b>ROM read</b>: every L-unit reads b_L bits per cycle, each costing the SRAM read energy times the
 *   memory's area per bit relative to SRAM (wire capacitance scales with it).</li>
 *   <li><b>Compute</b>: L-unit lanes (energy per weight bit) and H-unit FP16 MACs (m_H per cycle).</li>
 *   <li>Ternary weights ({@link WeightPacking}) scale the L-unit's read and lane energy by the activities
 *   of the {@link AreaPower} given.</li>
 *   <li><b>SRAM/KV</b>: each H-unit MAC reads 16 SRAM bits; the read energy grows with the H-unit's SRAM
 *   capacity as (S_unit / S_ref)^γ, S_ref = 288 MiB / 256 (the paper's design), so Table I is unchanged.</li>
 *   <li><b>Vector</b>: each vector unit spends its energy per cycle.</li>
 *   <li><b>Leakage</b>: SRAM bits (LoRA/KV and intermediate) at p_s each; ROM bits at p_s·λ_R, times the
 *   B-ROM transistor ratio t for the B-ROM and the fused cell (fewer transistors, fewer leaking ones).</li>
 * </ul>
 */
public final class ChipPower {
    private static final double REF_SRAM_BYTES_PER_UNIT = Knobs.SRAM_MB.value() * Constants.MIB / 256;
    private final Hardware hw;
    private final Technology t;
    private final AreaPower area;

    public ChipPower(Hardware hw, Technology t) {
        this(hw, t, new AreaPower(hw, t));
    }

    /** The chip of a design point, with its weights' L-unit activities (ternary weights: {@link WeightPacking}). */
    static ChipPower of(DesignPoint p) {
        return new ChipPower(p.hw(), p.tech(), new AreaPower(p.hw(), p.tech(), p.quant()));
    }

    /** With the area model of the same chip already at hand. */
    ChipPower(Hardware hw, Technology t, AreaPower area) {
        this.hw = hw;
        this.t = t;
        this.area = area;
    }

    private double lBitsPerS() {
        return hw.matrixUnits() * hw.lUnitBitsPerCycle() * hw.clockHz();
    }

    private double hMacsPerS() {
        return hw.matrixUnits() * hw.hUnitMacsPerCycle() * hw.clockHz();
    }

    /** ROM (or SRAM, for that design) reads of all L-units, W. */
    public double romReadW(LUnitDesign d) {
        double readFj = t.sramReadFj() * area.memoryMm2PerBit(d) / area.sramMm2PerBit();
        return lBitsPerS() * readFj * area.lReadActivity() * 1e-15 * t.energyScale();
    }

    /** L-unit lanes at full activity: every lane of all R activation rows busy, W. */
    public double lUnitComputeW() {
        return lBitsPerS() * hw.lUnitRows() * t.lLaneFj() * area.lComputeActivity() * 1e-15 * t.energyScale();
    }

    public double hUnitMacW() {
        return hMacsPerS() * t.fp16MacPj() * 1e-12 * t.energyScale();
    }

    /** SRAM reads feeding the H-unit MACs (LoRA weights and KV cache), W. */
    public double sramReadW() {
        double scale = Math.pow(Math.max(hw.sramBytesPerUnit(), 1) / REF_SRAM_BYTES_PER_UNIT, t.sramReadExponent());
        return hMacsPerS() * 16 * t.sramReadFj() * scale * 1e-15 * t.energyScale();
    }

    public double vectorDynamicW() {
        return hw.vectorUnits() * hw.clockHz() * t.vectorPjPerCycle() * 1e-12 * t.energyScale();
    }

    /** Leakage of the L-units' memory under a design, W. */
    public double lUnitLeakageW(LUnitDesign d) {
        double perBit = switch (d) {
            case SRAM_COMPUTE -> 1;
            case ROM_COMPUTE -> t.romLeakToSram();
            case BROM_COMPUTE, FUSED -> t.romLeakToSram() * t.bromTransistorRatio();
        };
        return hw.romBytes() * 8.0 * perBit * t.sramLeakPw() * 1e-12;
    }

    public double hUnitLeakageW() {
        return hw.sramBytes() * 8.0 * t.sramLeakPw() * 1e-12;
    }

    public double vectorLeakageW() {
        return hw.intermediateSramBytes() * 8.0 * t.sramLeakPw() * 1e-12;
    }

    /** Leakage of the whole chip with fused-cell L-units, W. */
    public double leakageW() {
        return lUnitLeakageW(LUnitDesign.FUSED) + hUnitLeakageW() + vectorLeakageW();
    }

    public double lUnitW(LUnitDesign d) {
        return romReadW(d) + lUnitComputeW() + lUnitLeakageW(d);
    }

    public double hUnitW() {
        return hUnitMacW() + sramReadW() + hUnitLeakageW();
    }

    public double vectorW() {
        return vectorDynamicW() + vectorLeakageW();
    }

    /** Chip peak power with fused-cell L-units, W (Table I). */
    public double chipW() {
        return lUnitW(LUnitDesign.FUSED) + hUnitW() + vectorW();
    }
}
