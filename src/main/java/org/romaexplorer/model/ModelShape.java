package org.romaexplorer.model;

/**
 * The shape of a decoder-only transformer, as a Hugging Face {@code config.json} describes it, and the
 * exact parameter counts that follow from it.
 *
 * <p>Covers the Llama, Mistral, Qwen2 (q/k/v biases), Gemma-2 (four norms per layer, explicit head_dim)
 * and Phi-3 (fused qkv/gate_up projections, same counts as separate ones) families. Norms are
 * RMSNorm-style: one weight vector of {@code hiddenSize} each, plus one final norm. Counts are exact
 * integers; e.g. Llama-3.2-3B has 3,212,749,824 parameters and Llama-3-8B 8,030,261,248.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name              display name
 * @param hiddenSize        d, the residual width
 * @param intermediateSize  width of the gated MLP
 * @param numLayers         L, decoder layers
 * @param numHeads          query heads
 * @param numKvHeads        key/value heads (grouped-query attention)
 * @param headDim           width of one head
 * @param vocabSize         vocabulary size
 * @param tieWordEmbeddings whether the LM head shares the embedding matrix
 * @param attentionBias     whether q, k and v projections carry a bias (Qwen2)
 * @param normsPerLayer     norm weight vectors per layer (2 for Llama, 4 for Gemma-2)
 * @param extraNormsPerLayer norm weights per layer beyond those vectors: q/k norms (Qwen3: 2·head_dim),
 *                          sub-norms (BitNet: d + I)
 * @param moe               experts; {@link Moe#DENSE} for a dense model
 * @param attention         sliding-window layers; {@link Attention#FULL} for none
 */
public record ModelShape(String name, int hiddenSize, int intermediateSize, int numLayers, int numHeads,
                         int numKvHeads, int headDim, int vocabSize, boolean tieWordEmbeddings,
                         boolean attentionBias, int normsPerLayer, int extraNormsPerLayer, Moe moe,
                         Attention attention) {

    /** A dense model with full attention and no extra norms. */
    public ModelShape(String name, int hiddenSize, int intermediateSize, int numLayers, int numHeads,
                      int numKvHeads, int headDim, int vocabSize, boolean tieWordEmbeddings,
                      boolean attentionBias, int normsPerLayer) {
        this(name, hiddenSize, intermediateSize, numLayers, numHeads, numKvHeads, headDim, vocabSize,
                tieWordEmbeddings, attentionBias, normsPerLayer, 0, Moe.DENSE, Attention.FULL);
    }

    public ModelShape {
        Check.notBlank("name", name);
        Check.range("hidden_size", hiddenSize, 1, 1 << 20);
        Check.range("intermediate_size", intermediateSize, 1, 1 << 22);
        Check.range("num_hidden_layers", numLayers, 1, 1024);
        Check.range("num_attention_heads", numHeads, 1, 4096);
        Check.range("num_key_value_heads", numKvHeads, 1, numHeads);
        if (numHeads % numKvHeads != 0) {
            throw new InvalidParameterException("num_key_value_heads",
                    "must divide num_attention_heads (" + numHeads + "), got " + numKvHeads);
        }
        Check.range("head_dim", headDim, 1, 4096);
        Check.range("vocab_size", vocabSize, 1, 1 << 24);
        Check.range("norms_per_layer", normsPerLayer, 0, 8);
        Check.range("extra_norms_per_layer", extraNormsPerLayer, 0, 1 << 24);
        if (moe == null || attention == null) {
            throw new InvalidParameterException("model", "experts and attention must be given");
        }
        Check.range("windowed_layers", attention.windowedLayers(), 0, numLayers);
    }

    /** A copy with other sliding-window layers. */
    public ModelShape withAttention(Attention a) {
        return new ModelShape(name, hiddenSize, intermediateSize, numLayers, numHeads, numKvHeads, headDim,
                vocabSize, tieWordEmbeddings, attentionBias, normsPerLayer, extraNormsPerLayer, moe, a);
    }

    /** Width of all query heads together, heads·head_dim. */
    public long qDim() { return (long) numHeads * headDim; }

    /** Width of all key (or value) heads together, kv_heads·head_dim. */
    public long kvDim() { return (long) numKvHeads * headDim; }

    public long embeddingParams() { return (long) vocabSize * hiddenSize; }

    /** LM-head parameters; zero when tied to the embedding. */
    public long lmHeadParams() { return tieWordEmbeddings ? 0 : embeddingParams(); }

    /** Parameters of one projection in one layer, bias included. */
    public long projectionParams(Projection p) {
        long bias = attentionBias && p.hasQwenBias() ? p.outDim(this) : 0;
        return p.inDim(this) * p.outDim(this) + bias;
    }

    /**
     * Weights (no biases) of one layer, what is quantized into ROM: the four attention projections, every
     * expert's gate, up and down, the router and the shared expert.
     */
    public long linearWeightsPerLayer() {
        return layerWeights(false);
    }

    /** Weights one token uses in one layer: as {@link #linearWeightsPerLayer()} with top-k experts only. */
    public long activeLinearWeightsPerLayer() {
        return layerWeights(true);
    }

    private long layerWeights(boolean active) {
        long sum = moe.routerParams(hiddenSize) + moe.sharedParams(hiddenSize);
        for (Projection p : Projection.values()) {
            sum += p.copies(this, active) * p.inDim(this) * p.outDim(this);
        }
        return sum;
    }

    public long normParams() {
        return ((long) normsPerLayer * numLayers + 1) * hiddenSize + (long) extraNormsPerLayer * numLayers;
    }

    /** Biases of all layers (Qwen2 q/k/v), kept outside the quantized ROM. */
    public long biasParams() {
        return attentionBias ? (long) numLayers * (qDim() + 2 * kvDim()) : 0;
    }

    /** Every parameter: embedding, LM head, all projections with biases, all norms. */
    public long totalParams() {
        return embeddingParams() + lmHeadParams() + (long) numLayers * linearWeightsPerLayer()
                + biasParams() + normParams();
    }

    /** Parameters one token uses: {@link #totalParams()} less the experts it is not routed to. */
    public long activeParams() {
        return totalParams() - unroutedParams();
    }

    /** Expert weights a token is not routed to, over all layers: L·(E − k)·3·d·I. */
    public long unroutedParams() {
        return (long) numLayers * (moe.experts() - moe.topK()) * 3L * hiddenSize * intermediateSize;
    }

    /**
     * KV-cache bytes per token: 2 (K and V) · L · kv_heads · head_dim · bits / 8, rounded up to a byte.
     */
    public long kvBytesPerToken(int kvBits) {
        return ceilDiv(2L * numLayers * kvDim() * kvBits, 8);
    }

    /** KV-cache bits one layer keeps per token: 2 · kv_heads · head_dim · bits. */
    public long kvLayerBits(int kvBits) {
        return 2L * kvDim() * kvBits;
    }

    /** Layers that attend over every cached token (not windowed). */
    public int fullLayers() { return numLayers - attention.windowedLayers(); }

    /** MACs per token in the projections a token uses (routed experts only) plus the LM head. */
    public long linearMacsPerToken() {
        return numLayers * activeLinearWeightsPerLayer() + embeddingParams();
    }

    /** ⌈a / b⌉ for b > 0: one division (and its remainder) for a count, floorDiv's rule for a negative a. */
    static long ceilDiv(long a, long b) {
        if (a >= 0) {
            long q = a / b;
            return a - q * b == 0 ? q : q + 1;
        }
        return -Math.floorDiv(-a, b);
    }
}
