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
 */
public record ModelShape(String name, int hiddenSize, int intermediateSize, int numLayers, int numHeads,
                         int numKvHeads, int headDim, int vocabSize, boolean tieWordEmbeddings,
                         boolean attentionBias, int normsPerLayer) {

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

    /** Weights (no biases) of all seven projections of one layer: what is quantized into ROM. */
    public long linearWeightsPerLayer() {
        long sum = 0;
        for (Projection p : Projection.values()) {
            sum += p.inDim(this) * p.outDim(this);
        }
        return sum;
    }

    public long normParams() { return ((long) normsPerLayer * numLayers + 1) * hiddenSize; }

    /** Biases of all layers (Qwen2 q/k/v), kept outside the quantized ROM. */
    public long biasParams() {
        return attentionBias ? (long) numLayers * (qDim() + 2 * kvDim()) : 0;
    }

    /** Every parameter: embedding, LM head, all projections with biases, all norms. */
    public long totalParams() {
        return embeddingParams() + lmHeadParams() + (long) numLayers * linearWeightsPerLayer()
                + biasParams() + normParams();
    }

    /**
     * KV-cache bytes per token: 2 (K and V) · L · kv_heads · head_dim · bits / 8, rounded up to a byte.
     */
    public long kvBytesPerToken(int kvBits) {
        return ceilDiv(2L * numLayers * kvDim() * kvBits, 8);
    }

    /** MACs per token in all projections of all layers plus the LM head (matrix-vector work). */
    public long linearMacsPerToken() {
        return numLayers * linearWeightsPerLayer() + embeddingParams();
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
