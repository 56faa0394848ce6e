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
 * <p>Serving ({@link Serving}): with B users the decode metrics are per user and per round,
 * T_round(B, k) = max(T_dec(k), ⌈B/R⌉·T_w, B·T_v, Σ_j T_r(j) + B·a_l·A(k), B·sp(k)·f/B_DRAM); prefill reads
 * the ROM ⌈n/R⌉ times; a request whose adapter is not resident (share 1 − h) waits for its load from DRAM,
 * t_load = LoRA bytes / B_DRAM, before its prefill. One user's generation lasts its expected load, B
 * prefills (its own and, in the steady state, one of each other user, each stealing the array for its
 * duration) and m − 1 rounds: T_life = (1 − h)·t_load + B·TTFT_0(n) + max over the units' loads summed over
 * the rounds. With B = 1, N = 1 and h = 1 every formula above is the one-user formula, to the bit.
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
    private final int users;
    private final int rows;
    private final double loraRound;
    private final double loraChain;
    private final double missCycles;
    private final ShapeSums sums;
    private final long loraBytes;

    public Performance(DesignPoint p) {
        this(p, ShapeSums.of(p));
    }

    /** With the shape's sums already at hand ({@link Evaluator}). */
    Performance(DesignPoint p, ShapeSums sums) {
        ModelShape m = p.model();
        Hardware hw = p.hw();
        this.sums = sums;
        loraBytes = p.lora().bytesAt(sums.loraParamsPerRank(), p.lora().rank());
        double units = hw.matrixUnits();
        double hRate = units * hw.hUnitMacsPerCycle();
        clockHz = hw.clockHz();
        weights = sums.streamedBits() / (units * hw.lUnitBitsPerCycle());
        vector = (double) m.numLayers() * m.hiddenSize() * hw.vectorCyclesPerElement() / hw.vectorUnits();
        lora = (double) sums.loraMacsPerRank() * p.lora().rank() / hRate;
        attnPerLayerToken = 2.0 * m.qDim() / hRate;
        prefillOverlap = hw.prefillAttentionOverlap();
        dramCyclesPerByte = clockHz / p.kvPolicy().dramBytesPerS();
        point = p;
        users = p.workload().users();
        rows = hw.lUnitRows();
        loraRound = users == 1 ? lora : sums.loraMacsPerRank() / hRate * Serving.userRankSum(p.lora(), users);
        loraChain = users == 1 ? lora : sums.loraMacsPerRank() / hRate * Serving.largestUserRank(p.lora(), users);
        missCycles = missCycles(p.workload().adapterHitRate());
        kv = traffic();
    }

    /** DRAM cycles of the expected adapter load per request, (1 − h) · LoRA bytes / B_DRAM. */
    private double missCycles(double hitRate) {
        return hitRate == 1 ? 0 : (1 - hitRate) * loraBytes * dramCyclesPerByte;
    }

    /** The attention and spill sums of this design: the SRAM's capacity bounds them unless overflow is rejected. */
    private KvTraffic traffic() {
        return new KvTraffic(point, point.kvPolicy().overflow() == KvPolicy.Overflow.REJECT ? Long.MAX_VALUE : capacityTokens());
    }

    /**
     * Tokens whose KV the SRAM holds for each user, beside every resident adapter (the {@code max_tokens} metric);
     * computed on first use.
     */
    public long capacityTokens() {
        if (capacity < 0) {
            ModelShape m = point.model();
            LoraConfig l = point.lora();
            capacity = users == 1 && l.adapters() == 1
                    ? point.layout().maxTokens(point.hw().sramBytes(), loraBytes, m, point.kvBits())
                    : point.layout().maxTokensPerUser(point.hw().sramBytes(), loraShare(), m, point.kvBits(), users);
        }
        return capacity;
    }

    /** Every resident adapter's padded share of one H-unit's SRAM. */
    private long loraShare() {
        return Serving.loraSharePerUnit(point.layout(), point.lora(), sums.loraParamsPerRank(), loraBytes);
    }

    /** Bytes of one adapter of the design's rank. */
    long loraBytes() { return loraBytes; }

    /** Users decoding together, B. */
    public int users() { return users; }

    /** Passes of the L-units over the ROM in one round, ⌈B/R⌉. */
    private double passes() {
        return Math.ceil((double) users / rows);
    }

    /** H-unit LoRA cycles of one user's token, averaged over the B users' adapters: Σ_j T_r(j) / B. */
    double loraCyclesPerToken() {
        return loraRound / users;
    }

    /** Tokens of a {@code context}-token KV cache kept in DRAM (spill policy only). */
    public long spilledTokens(long context) {
        return kv.spilledTokens(context);
    }

    /**
     * Bytes read from DRAM while each of the B users prefills n tokens and decodes m − 1 more (spilled KV), plus
     * the expected adapter loads, (1 − h) · LoRA bytes per request.
     */
    public double dramBytes(long n, long m) {
        double spilled = kv.spilledBytesSum(0, n) + kv.spilledBytesSum(n, n + m - 1);
        if (users == 1 && missCycles == 0) {
            return spilled;
        }
        return users * (spilled + (1 - point.workload().adapterHitRate()) * loraBytes);
    }

    /** Seconds to load one adapter of the design's rank from DRAM on a miss: t_load = LoRA bytes / B_DRAM. */
    public double adapterLoadSeconds() {
        return loraBytes / point.kvPolicy().dramBytesPerS();
    }

    /** Cycles of one decode step of one sequence alone (adapter 1) with {@code kv} tokens in the cache. */
    public double decodeCycles(long cached) {
        return weights + vector + lora + attnPerLayerToken * kv.attended(cached)
                + dramCyclesPerByte * kv.spilledBytes(cached);
    }

    /** H-unit attention cycles of one decode step over {@code cached} tokens (windows and eviction applied). */
    public double attentionCycles(long cached) {
        return attnPerLayerToken * kv.attended(cached);
    }

    /** Cycles of one round: a decode step of each of the B users, all at {@code cached} tokens ({@link Serving}). */
    public double roundCycles(long cached) {
        if (users == 1) {
            return decodeCycles(cached);
        }
        double att = attnPerLayerToken * kv.attended(cached);
        double dram = dramCyclesPerByte * kv.spilledBytes(cached);
        double chain = weights + vector + loraChain + att + dram;
        return Math.max(Math.max(chain, passes() * weights), Math.max(users * vector,
                Math.max(loraRound + users * att, users * dram)));
    }

    /** The loads of one round: one sequence's chain, L-units, vector units, H-units, DRAM, cycles. For figures. */
    double[] roundLoads(long cached) {
        double att = attnPerLayerToken * kv.attended(cached);
        double dram = dramCyclesPerByte * kv.spilledBytes(cached);
        return new double[] {weights + vector + loraChain + att + dram, passes() * weights, users * vector,
            loraRound + users * att, users * dram};
    }

    /** Decode speed of each user with {@code kv} cached tokens, tokens/s (Fig. 7; with B users, per user). */
    public double decodeTokensPerS(long cached) {
        return clockHz / roundCycles(cached);
    }

    /** Decode speed of all B users together, tokens/s. */
    public double decodeTokensPerSTotal(long cached) {
        return users * decodeTokensPerS(cached);
    }

    /**
     * The most users that each decode at the one-user speed with {@code cached} tokens, for adapters of the
     * design's rank: B* of {@link Serving}; {@link Serving#UNBOUND_USERS} when no unit binds by then. Under spill
     * or evict also no more than the users whose caches of {@code cached} tokens all fit the SRAM (more would
     * spill or evict, which changes their step), and 1 when even one user's does not.
     */
    public long fullSpeedUsers(long cached) {
        double att = attnPerLayerToken * kv.attended(cached);
        double dram = dramCyclesPerByte * kv.spilledBytes(cached);
        long b = Serving.fullSpeedUsers(weights + vector + lora + att + dram, rows, weights, vector, lora + att, dram);
        if (point.kvPolicy().overflow() == KvPolicy.Overflow.REJECT || b == 1) {
            return b;
        }
        ModelShape m = point.model();
        long share = loraShare();
        long lo = 1;
        long hi = b;
        while (lo < hi) { // the largest B in [1, b] whose users each hold `cached` tokens (capacity falls with B)
            long mid = (lo + hi + 1) >>> 1;
            if (point.layout().maxTokensPerUser(point.hw().sramBytes(), share, m, point.kvBits(), (int) mid) >= cached) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Time to first token for an {@code n}-token prompt, seconds (Fig. 6), with the expected wait for the
     * adapter's load on a miss.
     */
    public double ttftSeconds(long n) {
        return (prefillCycles(n) + missCycles) / clockHz;
    }

    private long prefillN = -1;
    private double prefill;

    /**
     * Cycles of an n-token prefill on the whole array: ⌈n/R⌉ passes over the ROM; R = 1 is the paper's. The last one
     * is kept (TTFT and the generation both need it).
     */
    private double prefillCycles(long n) {
        if (n != prefillN) {
            prefill = computePrefillCycles(n);
            prefillN = n;
        }
        return prefill;
    }

    private double computePrefillCycles(long n) {
        double busiest = Math.max(weights, Math.max(vector, lora));
        double stream = rows == 1 ? n * busiest : Math.max(Math.ceil((double) n / rows) * weights, n * Math.max(vector, lora));
        double attention = attnPerLayerToken * kv.attendedSum(0, n) * (1 - prefillOverlap);
        double dram = dramCyclesPerByte * kv.spilledBytesSum(0, n);
        return stream + attention + dram + decodeCycles(0) - busiest;
    }

    /**
     * Time one user needs to generate {@code m} tokens after an {@code n}-token prompt, seconds (Fig. 9): with B
     * users, its adapter's expected load, B prefills and m − 1 rounds ({@link Serving}).
     */
    public double generationSeconds(long n, long m) {
        double att = attnPerLayerToken * kv.attendedSum(n, n + m - 1);
        double dram = dramCyclesPerByte * kv.spilledBytesSum(n, n + m - 1);
        if (users == 1) {
            return ttftSeconds(n) + ((m - 1) * decodeCycles(0) + att + dram) / clockHz;
        }
        double steps = m - 1;
        double chain = steps * (weights + vector + loraChain) + att + dram;
        double units = Math.max(Math.max(steps * passes() * weights, steps * users * vector),
                Math.max(steps * loraRound + users * att, users * dram));
        return (missCycles + users * prefillCycles(n) + Math.max(chain, units)) / clockHz;
    }

    /** Output tokens per second of one user's whole generation (Fig. 9). */
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
