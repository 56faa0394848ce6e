package org.romaexplorer.model;

/**
 * The two models the paper evaluates (Sec. IV-A), with shapes from their Hugging Face config.json files,
 * and the paper's design points for them.
 */
public final class Models {
    private Models() {}

    /** meta-llama/Llama-3.2-3B: 3,212,749,824 parameters, tied embeddings. */
    public static final ModelShape LLAMA_3_2_3B =
            new ModelShape("Llama-3.2-3B", 3072, 8192, 28, 24, 8, 128, 128_256, true, false, 2);
    /** meta-llama/Meta-Llama-3-8B: 8,030,261,248 parameters. */
    public static final ModelShape LLAMA_3_8B =
            new ModelShape("Llama-3-8B", 4096, 14336, 32, 32, 8, 128, 128_256, false, false, 2);

    /**
     * 4-bit Llama-3.2-3B with rank-16 LoRA on ROMA, under the assumptions that reproduce the paper
     * (docs/paper-fit.md): KV in 8 bits, LoRA in 16 bits on q/k/v/o, the {@link SramLayout#PAPER_FIT}
     * layout, LM head (tied) in ROM.
     */
    public static DesignPoint llama3b() {
        return paperPoint(LLAMA_3_2_3B, Quantization.paper(4, true));
    }

    /**
     * 2-bit Llama-3-8B with rank-16 LoRA: as {@link #llama3b()}, but the LM head is left out of ROM; with
     * it the stated format needs 1.870 GiB, more than Table I's 1.86 GB (docs/paper-fit.md).
     */
    public static DesignPoint llama8b() {
        return paperPoint(LLAMA_3_8B, Quantization.paper(2, false));
    }

    /**
     * The reference design with another model: every parameter at its registry default ({@link Param#value()},
     * ROMA's 4-bit 3B design point). Presets start from it and change what they state.
     */
    public static DesignPoint template(ModelShape m) {
        return llama3b().withModel(m);
    }

    private static DesignPoint paperPoint(ModelShape m, Quantization q) {
        return new DesignPoint(m, q, new LoraConfig(16, 16, LoraConfig.ATTENTION), 8, SramLayout.PAPER_FIT,
                Hardware.roma(), Technology.n7(), new Workload(256, 0, 4096));
    }
}
