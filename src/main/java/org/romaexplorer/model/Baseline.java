package org.romaexplorer.model;

import java.util.Locale;

/**
 * What a user would buy instead of a ROM chip, as a bundled baseline preset ({@code presets/baselines/*.json}): a
 * roofline {@link Platform} with its memory capacity and kind. It runs a design's model in the design's weight format
 * with an FP16 KV cache (Sec. IV-A), at batch 1; every speed is an upper bound (measured batch-1 decode reaches
 * 0.6–0.75 of it, docs/peers.md).
 *
 * @param preset      the preset's name, e.g. {@code rtx-4090}
 * @param kind        GPU, CPU or SoC
 * @param platform    bandwidth, peak, power, price and their source
 * @param memoryBytes memory the model and its KV cache live in, bytes
 */
public record Baseline(String preset, Kind kind, Platform platform, double memoryBytes) {
    /** What kind of part a baseline is. */
    public enum Kind {
        GPU, CPU, SOC;

        /** "gpu", "cpu" or "soc", as presets write it. */
        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    public Baseline {
        Check.notBlank("name", preset);
        if (kind == null || platform == null) {
            throw new InvalidParameterException("kind", "a kind and a platform must be given");
        }
        Check.range("memory_gb", memoryBytes, 1, 1e15);
    }

    private static double weightBytes(DesignPoint p) {
        return p.quant().streamedBits(p.model()) / 8.0 + p.lora().bytes(p.model());
    }

    /** Prefill of n tokens, s: two FLOPs a weight per token at peak, or every weight read once, whichever is slower. */
    public double prefillSeconds(DesignPoint p, long n) {
        ModelShape s = p.model();
        double flops = 2.0 * n * (s.linearMacsPerToken() + p.lora().macsPerToken(s));
        return Math.max(flops / platform.flopsPerS(), weightBytes(p) / platform.bytesPerS());
    }

    /** Prefill speed, tokens/s. */
    public double prefillTokensPerS(DesignPoint p, long n) {
        return n / prefillSeconds(p, n);
    }

    /** Decode speed of m tokens after an n-token prompt, tokens/s ({@link Platform#generationTokensPerS}). */
    public double decodeTokensPerS(DesignPoint p, long n, long m) {
        return platform.generationTokensPerS(p, n, m);
    }

    /** Output tokens per joule of board power over prefill and decode. */
    public double tokensPerJoule(DesignPoint p, long n, long m) {
        double seconds = prefillSeconds(p, n) + m / decodeTokensPerS(p, n, m);
        return m / (platform.powerW() * seconds);
    }

    /** Tokens of FP16 KV cache the memory holds beside the weights and adapters; 0 when the weights do not fit. */
    public long maxTokens(DesignPoint p) {
        double free = memoryBytes - weightBytes(p);
        return free <= 0 ? 0 : (long) Math.floor(free / p.model().kvBytesPerToken(16));
    }

    /** Whether the weights fit the memory. */
    public boolean fits(DesignPoint p) {
        return weightBytes(p) <= memoryBytes;
    }
}
