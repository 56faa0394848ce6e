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
 */
public final class Performance {
    private final double clockHz;
    private final double weights;
    private final double vector;
    private final double lora;
    private final double attnPerToken;
    private final double prefillOverlap;

    public Performance(DesignPoint p) {
        ModelShape m = p.model();
        Hardware hw = p.hw();
        double units = hw.matrixUnits();
        double hRate = units * hw.hUnitMacsPerCycle();
        clockHz = hw.clockHz();
        weights = p.quant().streamedBits(m) / (units * hw.lUnitBitsPerCycle());
        vector = (double) m.numLayers() * m.hiddenSize() * hw.vectorCyclesPerElement() / hw.vectorUnits();
        lora = p.lora().params(m) / hRate;
        attnPerToken = 2.0 * m.numLayers() * m.qDim() / hRate;
        prefillOverlap = hw.prefillAttentionOverlap();
    }

    /** Cycles of one decode step with {@code kv} tokens in the cache. */
    public double decodeCycles(long kv) {
        return weights + vector + lora + attnPerToken * kv;
    }

    /** Decode speed with {@code kv} cached tokens, tokens/s (Fig. 7). */
    public double decodeTokensPerS(long kv) {
        return clockHz / decodeCycles(kv);
    }

    /** Time to first token for an {@code n}-token prompt, seconds (Fig. 6). */
    public double ttftSeconds(long n) {
        double busiest = Math.max(weights, Math.max(vector, lora));
        double attention = attnPerToken * n * (n + 1) / 2.0 * (1 - prefillOverlap);
        return (n * busiest + attention + decodeCycles(0) - busiest) / clockHz;
    }

    /** Time to generate {@code m} tokens after an {@code n}-token prompt, seconds (Fig. 9). */
    public double generationSeconds(long n, long m) {
        double steps = m - 1;
        double decode = steps * (decodeCycles(0) + attnPerToken * n) + attnPerToken * steps * m / 2.0;
        return ttftSeconds(n) + decode / clockHz;
    }

    /** Output tokens per second of a whole generation (Fig. 9). */
    public double generationTokensPerS(long n, long m) {
        return m / generationSeconds(n, m);
    }

    /** Per-token stage cycles: weights, vector, LoRA, attention per cached token. For breakdown charts. */
    public double[] stageCycles() {
        return new double[] {weights, vector, lora, attnPerToken};
    }
}
