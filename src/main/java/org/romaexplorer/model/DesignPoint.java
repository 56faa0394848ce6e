package org.romaexplorer.model;

/**
 * One point of the design space: a model on a chip under a workload. Immutable; the {@code with…}
 * methods return modified copies.
 *
 * @param model    the LLM's shape
 * @param quant    base-model quantization (ROM)
 * @param lora     LoRA adapters (SRAM)
 * @param kvBits   KV-cache precision, bits: 4, 8, 16 or 32
 * @param layout   how LoRA and KV share the SRAM
 * @param hw       the chip
 * @param tech     process constants for area and power
 * @param workload lengths
 * @param kvPolicy what happens when the KV cache outgrows the SRAM
 */
public record DesignPoint(ModelShape model, Quantization quant, LoraConfig lora, int kvBits, SramLayout layout,
                          Hardware hw, Technology tech, Workload workload, KvPolicy kvPolicy) {

    public DesignPoint {
        if (model == null || quant == null || lora == null || layout == null || hw == null || tech == null
                || workload == null || kvPolicy == null) {
            throw new InvalidParameterException("design_point", "every part must be given");
        }
        Knobs.KV_BITS.check(kvBits);
    }

    /** A design point whose KV cache overflow is rejected ({@link KvPolicy#reject()}). */
    public DesignPoint(ModelShape model, Quantization quant, LoraConfig lora, int kvBits, SramLayout layout,
                       Hardware hw, Technology tech, Workload workload) {
        this(model, quant, lora, kvBits, layout, hw, tech, workload, KvPolicy.reject());
    }

    public DesignPoint withModel(ModelShape m) { return new DesignPoint(m, quant, lora, kvBits, layout, hw, tech, workload, kvPolicy); }

    public DesignPoint withQuant(Quantization q) { return new DesignPoint(model, q, lora, kvBits, layout, hw, tech, workload, kvPolicy); }

    public DesignPoint withLora(LoraConfig l) { return new DesignPoint(model, quant, l, kvBits, layout, hw, tech, workload, kvPolicy); }

    public DesignPoint withKvBits(int b) { return new DesignPoint(model, quant, lora, b, layout, hw, tech, workload, kvPolicy); }

    public DesignPoint withLayout(SramLayout s) { return new DesignPoint(model, quant, lora, kvBits, s, hw, tech, workload, kvPolicy); }

    public DesignPoint withHw(Hardware h) { return new DesignPoint(model, quant, lora, kvBits, layout, h, tech, workload, kvPolicy); }

    public DesignPoint withTech(Technology t) { return new DesignPoint(model, quant, lora, kvBits, layout, hw, t, workload, kvPolicy); }

    public DesignPoint withWorkload(Workload w) { return new DesignPoint(model, quant, lora, kvBits, layout, hw, tech, w, kvPolicy); }

    public DesignPoint withKvPolicy(KvPolicy k) { return new DesignPoint(model, quant, lora, kvBits, layout, hw, tech, workload, k); }
}
