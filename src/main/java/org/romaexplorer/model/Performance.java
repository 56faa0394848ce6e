package org.romaexplorer.model;

/**
 * Latency and throughput of a design point (paper Sec. IV-B, Figs. 6–9), in closed form.
 *
 * <p>A token passes four stages per forward pass, each on its own units, in cycles:
 * <ul>
 *   <li>weights: every weight bit (layers and LM head) is read once, T_w = bits / (N · b_L), N matrix
 *   units of b_L bits/cycle;</li>
 *   <li>vector work (norms, residuals, activations): T_v = L · d · c_v / N_v;</li>
 *   <li>LoRA: T_r = LoRA MACs / (N · m_H), FP16 MACs on the H-units;</li>
 *   <li>attention over k cached tokens: T_a(k) = L · 2 · q_dim · k / (N · m_H).</li>
 * </ul>
 * Decoding one token runs them one after the other: T_dec(k) = T_w + T_v + T_r + T_a(k) (Fig. 7).
 * Prefill streams n tokens through the pipeline, so the busiest of the weight, vector and LoRA stages
 * sets the pace; causal attention, A(n) = L · 2 · q_dim · n(n+1)/2 / (N · m_H), overlaps with it only in
 * part (a fraction φ: it needs the current layer's q, k, v first); the last token adds the latency of the
 * other stages (Fig. 6):
 * TTFT(n) = n·max(T_w, T_v, T_r) + (1 − φ)·A(n) + T_dec(0) − max(T_w, T_v, T_r).
 * Generation of m tokens after an n-token prompt (Fig. 9): the first token comes with the prefill, each
 * later token j = 1…m−1 is a decode step over n + j cached tokens, summed in closed form:
 * T_gen = TTFT(n) + (m−1)(T_dec(0) + a·n) + a·m(m−1)/2, where a = T_a(1).
 *
 * <p>With sliding-window layers and a {@link KvPolicy}, the attention term a·k becomes a_l·A(k) with
 * a_l = 2·q_dim / (N · m_H) per layer and A(k) the layer-tokens attended ({@link KvTraffic}); under spill
 * each step adds sp(k)·f / B_DRAM cycles for the spilled KV it reads, not overlapped. The sums over
 * prompt and generated tokens stay closed-form. Mixture of experts: T_w and T_r count the routed experts
 * only (a ROM weight feeds one token's MAC per read, so prefill also reads n·k experts per layer, not
 * the union of the experts its tokens touch).
 *
 * <p>One instance per thread: the SRAM capacity is computed on first use (idempotent, unsynchronized).
 */
public final class Performance {
    private final double clockHz;
    private final double weights;
    private final double vector;
    private final double lora;
    private final double attnPerLayerToken;
    private final double prefillOverlap;
    private final double dramCyclesPerByte;
    private final DesignPoint point;
    private long capacity = -1;
    private final KvTraffic kv;

    public Performance(DesignPoint p) {
        ModelShape m = p.model();
        Hardware hw = p.hw();
        double units = hw.matrixUnits();
        double hRate = units * hw.hUnitMacsPerCycle();
        clockHz = hw.clockHz();
        weights = p.quant().streamedBits(m) / (units * hw.lUnitBitsPerCycle());
        vector = (double) m.numLayers() * m.hiddenSize() * hw.vectorCyclesPerElement() / hw.vectorUnits();
        lora = p.lora().macsPerToken(m) / hRate;
        attnPerLayerToken = 2.0 * m.qDim() / hRate;
        prefillOverlap = hw.prefillAttentionOverlap();
        dramCyclesPerByte = clockHz / p.kvPolicy().dramBytesPerS();
        point = p;
        boolean reject = p.kvPolicy().overflow() == KvPolicy.Overflow.REJECT;
        kv = new KvTraffic(p, reject ? Long.MAX_VALUE : capacityTokens());
    }

    /** Tokens whose KV the SRAM holds (the {@code max_tokens} metric); computed on first use. */
    public long capacityTokens() {
        if (capacity < 0) {
            ModelShape m = point.model();
            capacity = point.layout().maxTokens(point.hw().sramBytes(), point.lora().bytes(m), m, point.kvBits());
        }
        return capacity;
    }

    /** Tokens of a {@code context}-token KV cache kept in DRAM (spill policy only). */
    public long spilledTokens(long context) {
        return kv.spilledTokens(context);
    }

    /** Bytes read from DRAM by a prefill of n tokens and the m − 1 decode steps after it (spill only). */
    public double dramBytes(long n, long m) {
        return kv.spilledBytesSum(0, n) + kv.spilledBytesSum(n, n + m - 1);
    }

    /** Cycles of one decode step with {@code kv} tokens in the cache. */
    public double decodeCycles(long cached) {
        return weights + vector + lora + attnPerLayerToken * kv.attended(cached)
                + dramCyclesPerByte * kv.spilledBytes(cached);
    }

    /** H-unit attention cycles of one decode step over {@code cached} tokens (windows and eviction applied). */
    public double attentionCycles(long cached) {
        return attnPerLayerToken * kv.attended(cached);
    }

    /** Decode speed with {@code kv} cached tokens, tokens/s (Fig. 7). */
    public double decodeTokensPerS(long cached) {
        return clockHz / decodeCycles(cached);
    }

    /** Time to first token for an {@code n}-token prompt, seconds (Fig. 6). */
    public double ttftSeconds(long n) {
        double busiest = Math.max(weights, Math.max(vector, lora));
        double attention = attnPerLayerToken * kv.attendedSum(0, n) * (1 - prefillOverlap);
        double dram = dramCyclesPerByte * kv.spilledBytesSum(0, n);
        return (n * busiest + attention + dram + decodeCycles(0) - busiest) / clockHz;
    }

    /** Time to generate {@code m} tokens after an {@code n}-token prompt, seconds (Fig. 9). */
    public double generationSeconds(long n, long m) {
        double decode = (m - 1) * decodeCycles(0) + attnPerLayerToken * kv.attendedSum(n, n + m - 1)
                + dramCyclesPerByte * kv.spilledBytesSum(n, n + m - 1);
        return ttftSeconds(n) + decode / clockHz;
    }

    /** Output tokens per second of a whole generation (Fig. 9). */
    public double generationTokensPerS(long n, long m) {
        return m / generationSeconds(n, m);
    }

    /**
     * Per-token stage cycles: weights, vector, LoRA, attention per cached token (all layers, as if none
     * were windowed). For breakdown charts.
     */
    public double[] stageCycles() {
        return new double[] {weights, vector, lora, attnPerLayerToken * kv.attended(1)};
    }
}
