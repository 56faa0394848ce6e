package org.romaexplorer.model;

/**
 * Chip area by part, mm², each with its share of the die (the modelled area over the utilization, {@link AreaPower});
 * the parts sum exactly to {@link #total()}, the chip's area ({@code area_mm2}).
 *
 * @param weightMemory    the base-model weights' cells (for a fused cell: the fused L-units less their compute)
 * @param lLogic          the L-units' compute (a compute-in-ROM array: its periphery)
 * @param loraKvMemory    the H-units' SRAM or eDRAM for LoRA weights and KV cache
 * @param hLogic          the H-units' FP16 MACs
 * @param intermediateSram the vector units' SRAM for intermediate data
 * @param vectorLogic     the vector units' logic
 */
public record AreaBreakdown(double weightMemory, double lLogic, double loraKvMemory, double hLogic,
                            double intermediateSram, double vectorLogic) {

    private static final String[] PARTS = {"area_mm2_weight_memory", "area_mm2_l_logic", "area_mm2_lora_kv_memory",
        "area_mm2_h_logic", "area_mm2_intermediate_sram", "area_mm2_vector_logic"};

    public AreaBreakdown {
        if (!(Check.ok(weightMemory) && Check.ok(lLogic) && Check.ok(loraKvMemory) && Check.ok(hLogic)
                && Check.ok(intermediateSram) && Check.ok(vectorLogic))) {
            Check.outputs(PARTS, weightMemory, lLogic, loraKvMemory, hLogic, intermediateSram, vectorLogic);
        }
    }

    /** The chip's area, the parts summed in declaration order. */
    public double total() {
        return weightMemory + lLogic + loraKvMemory + hLogic + intermediateSram + vectorLogic;
    }

    /** The L-units: weight memory and compute. */
    public double lUnits() { return weightMemory + lLogic; }

    /** The H-units: LoRA/KV memory and MACs. */
    public double hUnits() { return loraKvMemory + hLogic; }

    /** The vector units: intermediate SRAM and logic. */
    public double vectorUnits() { return intermediateSram + vectorLogic; }
}
