package org.romaexplorer.model;

/**
 * Group-wise weight quantization of the base model, as stored in ROM (paper Sec. III-B: groups of 128,
 * one FP16 scale s and one zero-point z per group, value = (w − z)·s).
 *
 * <p>Groups run along each projection's input dimension; each output row of a tensor of shape in→out holds
 * ⌈in / groupSize⌉ groups. The seven projections of every layer always live in ROM; the LM head and the
 * input embedding only when asked. With tied embeddings one ROM copy serves both. A mixture of experts
 * keeps every expert, its router and its shared expert in ROM, in the same format (routers are often kept
 * in higher precision; at d·E weights per layer the difference is below 0.1% of the ROM).
 *
 * @param baseBits       bits per weight: 2, 3, 4 or 8
 * @param groupSize      weights per group, 1 to 65,536 (paper: 128)
 * @param scaleBits      bits of the per-group scale, 0 to 32 (paper: FP16 → 16)
 * @param zeroBits       bits of the per-group zero point, 0 to 16 (paper: UInt2 for 2-bit weights)
 * @param lmHeadInRom    whether the LM head is quantized into ROM
 * @param embeddingInRom whether an untied input embedding is quantized into ROM too
 * @param packing        integer weights of {@code baseBits}, or ternary ones ({@link WeightPacking})
 * @param zeroFraction   share of zero weights, [0, 1); only ternary packings use it (L-unit energy)
 * @param attentionBits  integer bits of the attention projections (q, k, v, o); 0: as every other tensor
 *                       ({@code baseBits} in {@code packing})
 * @param lmHeadBits     integer bits of the LM head (of the one table when tied); 0: as every other tensor
 * @param embeddingBits  integer bits of an untied input embedding held in ROM; 0: as every other tensor
 *
 * <p><b>Mixed precision per tensor class</b> (a hard-wired design's "3-bit and 6-bit" mix, docs/peers.md): a class
 * with its own bits is stored as integers of those bits with the same groups, scale and zero point; the FFN
 * (gate, up, down), a mixture's experts, router and shared expert always take {@code baseBits} in {@code packing}.
 * With all three at 0 every byte is as before.
 */
public record Quantization(int baseBits, int groupSize, int scaleBits, int zeroBits,
                           boolean lmHeadInRom, boolean embeddingInRom, WeightPacking packing,
                           double zeroFraction, int attentionBits, int lmHeadBits, int embeddingBits) {

    /** Integer weights of {@code baseBits}. */
    public Quantization(int baseBits, int groupSize, int scaleBits, int zeroBits, boolean lmHeadInRom,
                        boolean embeddingInRom) {
        this(baseBits, groupSize, scaleBits, zeroBits, lmHeadInRom, embeddingInRom, WeightPacking.INTEGER, 0);
    }

    /** Every tensor in one format: {@code baseBits} in {@code packing}. */
    public Quantization(int baseBits, int groupSize, int scaleBits, int zeroBits, boolean lmHeadInRom,
                        boolean embeddingInRom, WeightPacking packing, double zeroFraction) {
        this(baseBits, groupSize, scaleBits, zeroBits, lmHeadInRom, embeddingInRom, packing, zeroFraction, 0, 0, 0);
    }

    public Quantization {
        Knobs.BASE_BITS.check(baseBits);
        Knobs.GROUP_SIZE.check(groupSize);
        Knobs.SCALE_BITS.check(scaleBits);
        Knobs.ZERO_BITS.check(zeroBits);
        if (packing == null) {
            throw new InvalidParameterException("weight_packing", "must be integer, ternary2 or ternary5");
        }
        Knobs.ZERO_FRACTION.check(zeroFraction);
        Knobs.ATTENTION_BITS.check(attentionBits);
        Knobs.LM_HEAD_BITS.check(lmHeadBits);
        Knobs.EMBEDDING_BITS.check(embeddingBits);
    }

    /** Paper format: groups of 128, FP16 scale, zero point as wide as the weights. */
    public static Quantization paper(int baseBits, boolean lmHeadInRom) {
        return new Quantization(baseBits, 128, 16, baseBits, lmHeadInRom, false);
    }

    public Quantization withBaseBits(int b) {
        return new Quantization(b, groupSize, scaleBits, zeroBits, lmHeadInRom, embeddingInRom, packing, zeroFraction,
                attentionBits, lmHeadBits, embeddingBits);
    }

    public Quantization withPacking(WeightPacking w) {
        return new Quantization(baseBits, groupSize, scaleBits, zeroBits, lmHeadInRom, embeddingInRom, w, zeroFraction,
                attentionBits, lmHeadBits, embeddingBits);
    }

    public Quantization withZeroFraction(double z) {
        return new Quantization(baseBits, groupSize, scaleBits, zeroBits, lmHeadInRom, embeddingInRom, packing, z,
                attentionBits, lmHeadBits, embeddingBits);
    }

    /** The bits of each tensor class: attention, LM head, embedding (0: the base format). */
    public Quantization withClassBits(int attention, int lmHead, int embedding) {
        return new Quantization(baseBits, groupSize, scaleBits, zeroBits, lmHeadInRom, embeddingInRom, packing,
                zeroFraction, attention, lmHead, embedding);
    }

    /** Whether any tensor class has bits of its own. */
    public boolean mixed() {
        return attentionBits != 0 || lmHeadBits != 0 || embeddingBits != 0;
    }

    /** Average storage bits per weight of the base format: b (2 or 1.6 for ternary) + (scale + zero) / group. */
    public double bitsPerWeight() {
        return packing.bitsPerWeight(baseBits) + (double) (scaleBits + zeroBits) / groupSize;
    }

    /**
     * Exact bits of one quantized tensor in→out in the base format: in·out·b + out·⌈in/g⌉·(scale + zero); ternary
     * weights take in·out·2, or out·⌈in/5⌉·8 with 5 trits per byte.
     */
    long tensorBits(long in, long out) {
        return tensorBits(in, out, 0);
    }

    /** As {@link #tensorBits(long, long)}, in integers of {@code classBits} bits when that is not 0. */
    private long tensorBits(long in, long out, int classBits) {
        long weights = classBits == 0 ? packing.weightBits(in, out, baseBits) : in * out * classBits;
        return weights + out * ModelShape.ceilDiv(in, groupSize) * (scaleBits + zeroBits);
    }

    /** Weights held in ROM (no biases, no norms). */
    public long romWeights(ModelShape s) {
        return s.numLayers() * s.linearWeightsPerLayer() + vocabTables(s) * s.embeddingParams();
    }

    /** Exact ROM bytes needed: ⌈Σ tensor bits / 8⌉ over every tensor held in ROM, each in its class's format. */
    public long romBytes(ModelShape s) {
        return ModelShape.ceilDiv(layerBits(s) + vocabBits(s), 8);
    }

    /**
     * Weight bits the L-units consume per token: every layer's projections (of a mixture of experts, the
     * router, the shared expert and the top-k routed experts only) and the LM head, in this format,
     * whether or not the LM head is counted against the ROM capacity.
     */
    public long streamedBits(ModelShape s) {
        return layerBits(s, true) + headBits(s);
    }

    private long layerBits(ModelShape s) {
        return layerBits(s, false);
    }

    /** Bits of one layer's tensors times L; with {@code active}, only the experts a token is routed to. */
    private long layerBits(ModelShape s, boolean active) {
        long bits = 0;
        for (Projection p : Projection.values()) {
            bits += p.copies(s, active) * tensorBits(p.inDim(s), p.outDim(s), p.attention() ? attentionBits : 0);
        }
        Moe moe = s.moe();
        int d = s.hiddenSize();
        if (moe.routed()) {
            bits += tensorBits(d, moe.experts());
        }
        if (moe.sharedIntermediate() > 0) {
            bits += 2 * tensorBits(d, moe.sharedIntermediate()) + tensorBits(moe.sharedIntermediate(), d);
        }
        return bits * s.numLayers();
    }

    private long headBits(ModelShape s) {
        return tensorBits(s.hiddenSize(), s.vocabSize(), lmHeadBits);
    }

    /**
     * Bits of the vocab×hidden tables in ROM: the LM head if asked, and an input embedding if asked and not the
     * head's own table (tied), in the embedding's format.
     */
    private long vocabBits(ModelShape s) {
        long bits = lmHeadInRom ? headBits(s) : 0;
        boolean separateEmbedding = !(s.tieWordEmbeddings() && lmHeadInRom);
        if (embeddingInRom && separateEmbedding) {
            bits += tensorBits(s.hiddenSize(), s.vocabSize(), embeddingBits);
        }
        return bits;
    }

    /** How many vocab×hidden tables are in ROM: 0, 1 or 2. */
    private int vocabTables(ModelShape s) {
        int tables = lmHeadInRom ? 1 : 0;
        boolean separateEmbedding = !(s.tieWordEmbeddings() && lmHeadInRom);
        return tables + (embeddingInRom && separateEmbedding ? 1 : 0);
    }
}
