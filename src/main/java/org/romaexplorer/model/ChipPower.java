package org.romaexplorer.model;

/**
 * Peak power of the chip's parts at full activity (Table I, Figs. 11, 12), split into what each joule is
 * spent on. Dynamic parts are times the calibrated energy scale and the node's energy ratio; leakage is static,
 * times the node's leakage ratio only.
 *
 * <ul>
 *   <li><b>ROM read</b>: every L-unit reads b_L bits per cycle, each costing the SRAM read energy times the
 *   weight cell's area per bit relative to SRAM (wire capacitance scales with it).</li>
 *   <li><b>Compute</b>: L-unit lanes (energy per weight bit) and H-unit FP16 MACs (m_H per cycle).</li>
 *   <li>Ternary weights ({@link WeightPacking}) scale the L-unit's read and lane energy by the activities
 *   of the {@link AreaPower} given.</li>
 *   <li><b>SRAM/KV</b>: each H-unit MAC reads 16 bits of its store; the read energy grows with the H-unit's
 *   capacity as (S_unit / S_ref)^γ, S_ref = 288 MiB / 256 (the paper's design), so Table I is unchanged; an eDRAM
 *   store reads at its ratio to SRAM.</li>
 *   <li><b>Vector</b>: each vector unit spends its energy per cycle.</li>
 *   <li><b>Leakage</b>: SRAM bits at p_s each; weight-cell bits at p_s·λ_R for a 1T ROM, times the B-ROM transistor
 *   ratio t for the B-ROM and the fused cell (fewer transistors, fewer leaking ones), a quarter for two trits per
 *   transistor, the share of 1 bits for a logic ROM. An eDRAM store does not leak but is refreshed: every bit once
 *   per retention time, at its refresh energy (dynamic, in the same part).</li>
 * </ul>
 */
public final class ChipPower {
    private static final double REF_SRAM_BYTES_PER_UNIT = Knobs.SRAM_MB.value() * Constants.MIB / 256;
    private final Hardware hw;
    private final Technology t;
    private final AreaPower area;
    private final double dynamic;
    private final double leak;

    public ChipPower(Hardware hw, Technology t) {
        this(new AreaPower(hw, t));
    }

    /** The chip of a design point, with its weights' L-unit activities (ternary weights: {@link WeightPacking}). */
    static ChipPower of(DesignPoint p) {
        return new ChipPower(new AreaPower(p.hw(), p.tech(), p.quant()));
    }

    /** With the area model of the same chip already at hand. */
    ChipPower(AreaPower area) {
        this.hw = area.hw();
        this.t = area.tech();
        this.area = area;
        dynamic = t.energyScale() * t.node().energyScale();
        leak = t.node().leakageScale();
    }

    private double lBitsPerS() {
        return hw.matrixUnits() * hw.lUnitBitsPerCycle() * hw.clockHz();
    }

    private double hMacsPerS() {
        return hw.matrixUnits() * hw.hUnitMacsPerCycle() * hw.clockHz();
    }

    /** ROM (or SRAM, for that cell) reads of all L-units, W. */
    public double romReadW(WeightCell c) {
        double readFj = t.sramReadFj() * area.memoryMm2PerBit(c) / area.sramMm2PerBit();
        return lBitsPerS() * readFj * area.lReadActivity() * 1e-15 * dynamic;
    }

    /** L-unit lanes at full activity: every lane of all R activation rows busy, W. */
    public double lUnitComputeW() {
        return lBitsPerS() * hw.lUnitRows() * t.lLaneFj() * area.lComputeActivity() * 1e-15 * dynamic;
    }

    public double hUnitMacW() {
        return hMacsPerS() * t.fp16MacPj() * 1e-12 * dynamic;
    }

    /** Store reads feeding the H-unit MACs (LoRA weights and KV cache), W. */
    public double sramReadW() {
        double scale = power(Math.max(hw.sramBytesPerUnit(), 1) / REF_SRAM_BYTES_PER_UNIT, t.sramReadExponent());
        double store = hw.kvStore() == KvStore.EDRAM ? t.cells().edramReadToSram() : 1;
        return hMacsPerS() * 16 * t.sramReadFj() * store * scale * 1e-15 * dynamic;
    }

    /** x^γ; the square root for γ = 1/2 (the default) and 1 at the paper's capacity (x = 1), which Math.pow is slow at. */
    private static double power(double x, double gamma) {
        return x == 1 ? 1 : gamma == 0.5 ? Math.sqrt(x) : Math.pow(x, gamma);
    }

    public double vectorDynamicW() {
        return hw.vectorUnits() * hw.clockHz() * t.vectorPjPerCycle() * 1e-12 * dynamic;
    }

    /** Leakage of the L-units' memory under a cell, W. */
    public double lUnitLeakageW(WeightCell c) {
        double perBit = switch (c) {
            case SRAM -> 1;
            case ROM, METAL_ROM -> t.romLeakToSram();
            case BROM, FUSED -> t.romLeakToSram() * t.bromTransistorRatio();
            case CIROM2T -> t.romLeakToSram() / 4;
            case TERNARY_LOGIC -> t.romLeakToSram() * area.onesFraction();
        };
        return hw.romBytes() * 8.0 * perBit * t.sramLeakPw() * 1e-12 * leak;
    }

    /** Leakage of an SRAM store, or the refresh of an eDRAM one, W. */
    public double hUnitLeakageW() {
        double bits = hw.sramBytes() * 8.0;
        if (hw.kvStore() == KvStore.EDRAM) {
            return bits * t.cells().edramRefreshPj() * 1e-12 / (t.cells().edramRetentionUs() * 1e-6) * dynamic;
        }
        return bits * t.sramLeakPw() * 1e-12 * leak;
    }

    public double vectorLeakageW() {
        return hw.intermediateSramBytes() * 8.0 * t.sramLeakPw() * 1e-12 * leak;
    }

    /** Leakage (and eDRAM refresh) of the whole chip, W. */
    public double leakageW() {
        return lUnitLeakageW(hw.weightCell()) + hUnitLeakageW() + vectorLeakageW();
    }

    public double lUnitW(WeightCell c) {
        return romReadW(c) + lUnitComputeW() + lUnitLeakageW(c);
    }

    public double hUnitW() {
        return hUnitMacW() + sramReadW() + hUnitLeakageW();
    }

    public double vectorW() {
        return vectorDynamicW() + vectorLeakageW();
    }

    /** Chip peak power under the chip's weight cell, W (Table I). */
    public double chipW() {
        return lUnitW(hw.weightCell()) + hUnitW() + vectorW();
    }
}
