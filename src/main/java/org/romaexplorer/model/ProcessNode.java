package org.romaexplorer.model;

/**
 * A process node as the model uses it: how its memory cells, logic, energies and leakage compare with 7 nm,
 * the node ROMA was synthesized in (paper Sec. IV-A). The technology constants of {@link Technology} are
 * ROMA's 7 nm values; at another node each is scaled by that node's ratio to {@link #N7}, so at 7 nm every
 * factor is exactly 1 and the paper's calibration is untouched. What the paper fixed per design (clock,
 * per-cycle throughputs, the calibrated utilization and energy scale) is not scaled (docs/model.md, "Process
 * nodes"). TSMC figures where published; sources per column in docs/model.md.
 *
 * @param nm         node name in nanometres
 * @param sramCellUm2 high-density 6T SRAM bit cell, µm²: 65 nm 0.525 (no TSMC figure found: between Intel 65 nm's
 *                   0.57 and a 0.50 TSMC-class cell; assumption), 28 nm 0.127 (TSMC, VLSI 2009), 16/12 nm 0.074
 *                   (TSMC 16FF+/FFC/12FFC family, WikiChip), 7/6 nm 0.027 (TSMC N7, ISSCC 2017; N6 keeps N7's rules),
 *                   5 nm 0.021 (TSMC, IEDM 2019), 3 nm 0.021 (N3E, TSMC IEDM 2022)
 * @param logicMtrPerMm2 logic density, MTr/mm²: CSET "AI Chips" (Khan and Mann, 2020, as used by LLMCompass) for
 *                   65, 28, 16, 7, 5 nm; 6 nm 114.2 (LLMCompass, TSMC's +18% over N7); 12 nm 36.1 (derived: 12FFC's
 *                   20% area cut on 16FFC); 3 nm 221 (derived: N3E's 1.6× on N5)
 * @param energy     energy per operation and per bit read relative to 7 nm: Stillmaker and Baas 2017 (HP models at
 *                   nominal supply) for 65 (35.2), 28 (7.8, interpolated 32↔20 nm), 16 (2.9) nm; 12 nm 2.0 (12FFC's −25%
 *                   on 16 nm, within the interpolated 1.7–2.2); TSMC's own claims below 7 nm: N6 1.0, N5 0.70
 *                   ("about 30% reduction in power"), N3E 0.48 (−32% on N5)
 * @param delay      gate delay relative to 7 nm (the same sources): bounds a plausible clock
 * @param edramToSram logic-compatible eDRAM bit cell over the node's SRAM bit cell: 65 nm 0.45 (IBM 1T1C 0.127 µm²,
 *                   CACTI lp-dram 2.3× SRAM density), 28 nm 0.5 (assumption between 1T1C and gain cells), 16 nm and below
 *                   0.8 (assumption: a gain cell at 16 nm is 0.080 µm², no denser than the foundry's HD 6T; no silicon
 *                   eDRAM is public at 7 nm or below)
 * @param maxClockMhz the clock of a shipping accelerator of several hundred mm² at this node, as a plausibility
 *                   bound (not a limit): GT200B-class 600 MHz at 65/55 nm, GK110-class 900 at 28, P100/V100 1,400 at
 *                   16/12, A100 1,410 at 7/6, H100 PCIe 1,755 at 5/4, 2,000 at 3 nm (assumption)
 */
public enum ProcessNode {
    N65(65, 0.525, 3.3, 35.2, 5.91, 0.45, 600),
    N28(28, 0.127, 15.3, 7.8, 2.7, 0.5, 900),
    N16(16, 0.074, 28.9, 2.9, 1.97, 0.8, 1400),
    N12(12, 0.074, 36.1, 2.0, 1.8, 0.8, 1400),
    N7(7, ProcessNode.N7_CELL_UM2, ProcessNode.N7_MTR_PER_MM2, 1.0, 1.0, 0.8, 1410),
    N6(6, 0.027, 114.2, 1.0, 1.0, 0.8, 1410),
    N5(5, 0.021, 138.2, 0.70, 0.87, 0.8, 1755),
    N3(3, 0.021, 221, 0.48, 0.74, 0.8, 2000);

    /** 7 nm's HD SRAM cell and logic density: the reference every ratio is taken against (constants, so a row can use them). */
    private static final double N7_CELL_UM2 = 0.027, N7_MTR_PER_MM2 = 96.3;

    private final int nm;
    private final double sramCellUm2;
    private final double logicMtrPerMm2;
    private final double energy;
    private final double delay;
    private final double edramToSram;
    private final double maxClockMhz;
    private final double cellScale;
    private final double logicScale;

    ProcessNode(int nm, double sramCellUm2, double logicMtrPerMm2, double energy, double delay, double edramToSram,
                double maxClockMhz) {
        this.nm = nm;
        this.sramCellUm2 = sramCellUm2;
        this.logicMtrPerMm2 = logicMtrPerMm2;
        this.energy = energy;
        this.delay = delay;
        this.edramToSram = edramToSram;
        this.maxClockMhz = maxClockMhz;
        this.cellScale = sramCellUm2 / N7_CELL_UM2;
        this.logicScale = N7_MTR_PER_MM2 / logicMtrPerMm2;
    }

    /** The node of this name in nanometres; the error lists the nodes. */
    public static ProcessNode of(int nm) {
        for (ProcessNode n : values()) {
            if (n.nm == nm) {
                return n;
            }
        }
        throw new InvalidParameterException("node_nm", "must be one of " + names() + ", got " + nm);
    }

    /** "65, 28, 16, 12, 7, 6, 5, 3". */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (ProcessNode n : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(n.nm);
        }
        return sb.toString();
    }

    public int nm() { return nm; }

    public double sramCellUm2() { return sramCellUm2; }

    public double logicMtrPerMm2() { return logicMtrPerMm2; }

    /** Memory cell area relative to 7 nm: the SRAM bit cell's ratio (ROM, B-ROM and eDRAM arrays follow it). */
    public double cellScale() { return cellScale; }

    /** Logic area relative to 7 nm: the inverse of the logic-density ratio. */
    public double logicScale() { return logicScale; }

    /** Dynamic energy per operation and per bit relative to 7 nm. */
    public double energyScale() { return energy; }

    /**
     * Leakage per bit relative to 7 nm: taken equal to the energy ratio (the convention of Accelergy's
     * hwcomponents scaling; no per-node leakage of HD bit cells is public, docs/model.md).
     */
    public double leakageScale() { return energy; }

    /** Gate delay relative to 7 nm. */
    public double delayScale() { return delay; }

    /** eDRAM bit cell over this node's SRAM bit cell. */
    public double edramToSram() { return edramToSram; }

    /** A plausible clock for a large accelerator at this node, MHz (a warning threshold, not a limit). */
    public double maxClockMhz() { return maxClockMhz; }
}
