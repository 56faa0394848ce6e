package org.romaexplorer.model;

/**
 * The memory cell that holds the base-model weights beside the L-unit compute: the four designs of the paper's
 * Fig. 12 and three from the ROM-based accelerators since (docs/model.md, "Weight cells"). Each has an area per
 * stored bit relative to the node's SRAM macro ({@link AreaPower#storageMm2PerBit}), a read energy per bit that
 * follows that area (wire capacitance), a leakage per bit that follows its transistors, and the compute beside it.
 * The key is the {@code weight_cell} choice's name.
 */
public enum WeightCell {
    /** SRAM bit cells + compute macros (Fig. 12's "Standard SRAM + Compute Cell"). */
    SRAM("sram", "SRAM", "SRAM + compute"),
    /** A compiled 1T ROM, ≈ 1/3 of the SRAM cell (Sec. II-C), + compute macros. */
    ROM("rom", "ROM", "ROM + compute"),
    /** The block ROM of Sec. III-C: (W + NUM_CGEN)/4W of the ROM's transistors, more wiring; + compute macros. */
    BROM("brom", "B-ROM", "B-ROM + compute"),
    /** B-ROM and compute sharing the base and metal layers (Sec. III-D): ROMA's design. */
    FUSED("fused", "Fused cell", "Fused cell"),
    /**
     * Weights synthesized as standard-cell logic: a 1 bit costs a gate input, a 0 bit nothing, so zero ternary weights
     * cost no area (TOM, arXiv 2602.20662); area follows logic density and the share of 1 bits.
     */
    TERNARY_LOGIC("ternary_logic", "Logic ROM", "Logic ROM + compute"),
    /** Two ternary weights per transistor, the MAC in the array (BitROM, arXiv 2509.08542); periphery beside it. */
    CIROM2T("cirom2t", "CiROM 2T", "CiROM (2 trits/transistor)"),
    /**
     * Weights in metal and via layers of a transistor array (mask-programmed, as hard-wired LLM chips describe
     * theirs): a 1T ROM's area, programmed by a via, so a model update re-spins metal masks only.
     */
    METAL_ROM("metal_rom", "Metal ROM", "Metal ROM + compute");

    private final String key;
    private final String memory;
    private final String label;

    WeightCell(String key, String memory, String label) {
        this.key = key;
        this.memory = memory;
        this.label = label;
    }

    /** The memory's name (Fig. 2). */
    public String memory() { return memory; }

    /** The {@code weight_cell} value's name. */
    public String key() { return key; }

    /** The L-unit design's name, as the paper's Fig. 12 names its four (Fig. 12). */
    public String label() { return label; }

    /** The names in order, for the {@code weight_cell} choice. */
    static String[] keys() {
        String[] k = new String[values().length];
        for (WeightCell c : values()) {
            k[c.ordinal()] = c.key;
        }
        return k;
    }
}
