package org.romaexplorer.model;

/**
 * How LoRA weights and the KV cache share the H-units' SRAM (Fig. 10): the SRAM is split evenly over
 * {@code units} H-units; in each unit the LoRA share is padded to {@code loraGranuleBytes} and every
 * token's KV share to {@code kvGranuleBytes}; whatever is left holds tokens.
 *
 * <p>max tokens = ⌊(⌊S/U⌋ − pad(⌈LoRA/U⌉, gL)) / pad(⌈KV/U⌉, gK)⌋, floored at zero.
 *
 * <p>The paper states neither; {@link #PAPER_FIT} is the simplest layout found that reproduces
 * Fig. 10's three published points and {@link #LITERAL} is one undivided pool (docs/paper-fit.md).
 *
 * @param units            H-units the SRAM is split over, 1 to 65,536
 * @param kvGranuleBytes   allocation unit of one token's KV share in one unit, bytes
 * @param loraGranuleBytes allocation unit of the LoRA share in one unit, bytes
 */
public record SramLayout(int units, int kvGranuleBytes, int loraGranuleBytes) {

    /** 256 H-units (two 8×16 arrays), 64-byte KV words, 4 KiB LoRA pages. */
    public static final SramLayout PAPER_FIT = new SramLayout(256, 64, 4096);
    /** One pool, byte-exact. */
    public static final SramLayout LITERAL = new SramLayout(1, 1, 1);

    public SramLayout {
        Knobs.SRAM_UNITS.check(units);
        Knobs.KV_GRANULE.check(kvGranuleBytes);
        Knobs.LORA_GRANULE.check(loraGranuleBytes);
    }

    /** What {@link #maxTokens(long, long, ModelShape, int)} reports when every layer is windowed. */
    public static final long UNBOUNDED_TOKENS = 1L << 30;

    /**
     * Tokens whose KV fits beside the LoRA weights, with sliding-window layers: full layers keep every
     * token (share s_f per token and unit), windowed layers a ring of W tokens (share s_w), so c tokens
     * need min(c, W)·s_w + c·s_f per unit. max tokens = ⌊F / (s_w + s_f)⌋ if that is below W, else
     * ⌊(F − W·s_w) / s_f⌋, where F is a unit's SRAM less its padded LoRA share; with no full layer the
     * context is unbounded ({@link #UNBOUNDED_TOKENS}). Without windows this is
     * {@link #maxTokens(long, long, long)}.
     */
    public long maxTokens(long sramBytes, long loraBytes, ModelShape m, int kvBits) {
        return maxTokensPerUser(sramBytes, loraShare(loraBytes), m, kvBits, 1);
    }

    /** One adapter's padded share of one unit: pad(⌈bytes / U⌉, g_L); N adapters take the sum of theirs. */
    public long loraShare(long loraBytes) {
        return pad(ModelShape.ceilDiv(loraBytes, units), loraGranuleBytes);
    }

    /**
     * Tokens each of {@code users} sequences holds when the KV SRAM is split evenly between them: each unit's
     * SRAM less {@code loraSharePerUnit} (the padded shares of every resident adapter, {@link #loraShare}),
     * floored to whole bytes per user, F_B = ⌊(⌊S/U⌋ − Σ_i pad(⌈LoRA_i/U⌉, g_L)) / B⌋, then as
     * {@link #maxTokens(long, long, ModelShape, int)} with F_B for F. Without windows that is ⌊F / (B·s)⌋.
     */
    public long maxTokensPerUser(long sramBytes, long loraSharePerUnit, ModelShape m, int kvBits, int users) {
        long free = (sramBytes / units - loraSharePerUnit) / users;
        long sf = share(m.fullLayers() * m.kvLayerBits(kvBits));
        long sw = share(m.attention().windowedLayers() * m.kvLayerBits(kvBits));
        if (free <= 0) {
            return 0;
        }
        long below = free / (sf + sw);
        long window = m.attention().limit();
        if (below < window) {
            return below;
        }
        return sf == 0 ? UNBOUNDED_TOKENS : Math.min(UNBOUNDED_TOKENS, (free - window * sw) / sf);
    }

    /** One token's padded share of one unit for KV of {@code bits} (all layers concerned). */
    private long share(long bits) {
        return bits == 0 ? 0 : pad(ModelShape.ceilDiv(ModelShape.ceilDiv(bits, 8), units), kvGranuleBytes);
    }

    /** Tokens whose KV fits beside the LoRA weights in {@code sramBytes}. */
    public long maxTokens(long sramBytes, long loraBytes, long kvBytesPerToken) {
        long perUnit = sramBytes / units;
        long lora = pad(ModelShape.ceilDiv(loraBytes, units), loraGranuleBytes);
        long kv = pad(ModelShape.ceilDiv(kvBytesPerToken, units), kvGranuleBytes);
        return Math.max(0, (perUnit - lora) / kv);
    }

    private static long pad(long bytes, long granule) {
        return ModelShape.ceilDiv(bytes, granule) * granule;
    }
}
