package org.romaexplorer.model;

/**
 * A baseline platform, what a user would buy instead of a ROM chip (the paper's Fig. 9 and Table II, and
 * current ones), as a roofline: decoding reads every weight and the KV cache once per token (bandwidth bound)
 * and does two FLOPs per weight (compute bound); the lower bound wins. Baselines hold the KV cache in FP16
 * (Sec. IV-A). Prices and powers are the softest numbers: each comes with its source and date.
 *
 * @param name           display name
 * @param bytesPerS      memory bandwidth, B/s
 * @param flopsPerS      peak dense FP16 FLOP/s
 * @param powerW         board or package power, W
 * @param priceUsd       purchase price, USD (list at launch, or a dated street estimate)
 * @param source         where the four numbers come from
 */
public record Platform(String name, double bytesPerS, double flopsPerS, double powerW, double priceUsd, String source) {

    /** i5-1135G7: dual-channel DDR4-3200 (64 GB, Table II) 51.2 GB/s; 4 cores × 2.4 GHz × 32 FP32 FLOP/cycle. */
    public static final Platform CPU_I5_1135G7 = new Platform("i5-1135G7", 51.2e9, 307.2e9, 28, 309,
            "ROMA Table II (28 W, DDR4-3200 × 2); $309, Intel ARK's recommended customer price (2020; recalled, not re-read here)");
    /** RTX 4090: 1,008 GB/s GDDR6X; 165.2 TFLOPS dense FP16 tensor, FP32 accumulate (NVIDIA Ada whitepaper). */
    public static final Platform GPU_RTX_4090 = new Platform("RTX 4090", 1008e9, 165.2e12, 450, 1599,
            "NVIDIA Ada Lovelace whitepaper (1,008 GB/s, 165.2 TFLOPS FP16 dense), 450 W board power, $1,599 at launch (12 Oct 2022)");
    /** H100 SXM: 3.35 TB/s HBM3; 989.4 TFLOPS dense FP16; 700 W; about $30,000 (mid-2026 street estimate). */
    public static final Platform GPU_H100_SXM = new Platform("H100 SXM", 3.35e12, 989.4e12, 700, 30_000,
            "NVIDIA H100 product page and Hopper whitepaper (3.35 TB/s, 989.4 TFLOPS FP16 dense, up to 700 W); "
                    + "≈$30,000 street estimate, mid-2026 (aiinframap.com; NVIDIA publishes no list price; ±30%)");
    /** Apple M4 Max (16-core CPU, 40-core GPU): 546 GB/s unified memory; ≈34 TFLOPS FP16 GPU (estimate); ≈140 W. */
    public static final Platform SOC_M4_MAX = new Platform("M4 Max", 546e9, 34e12, 140, 3_500,
            "Apple, 30 Oct 2024 (546 GB/s); GPU ≈34 TFLOPS FP16 and ≈140 W are gpuhunter.io estimates (Apple publishes "
                    + "neither); ≈$3,500 assumed for a laptop with that chip (launch prices from about $3,200; not re-read here)");

    /** The platforms of the paper's Fig. 9 and two current ones: a datacenter GPU and a laptop SoC. */
    public static final java.util.List<Platform> ALL = java.util.List.of(GPU_RTX_4090, CPU_I5_1135G7, GPU_H100_SXM, SOC_M4_MAX);

    public Platform {
        Check.notBlank("name", name);
        Check.range("bytes_per_s", bytesPerS, 1, 1e16);
        Check.range("flops_per_s", flopsPerS, 1, 1e19);
        Check.range("power_w", powerW, 0, 1e6);
        Check.range("price_usd", priceUsd, 0, 1e9);
        Check.notBlank("source", source);
    }

    /** Roofline generation speed for {@code m} tokens after an {@code n}-token prompt, tokens/s. */
    public double generationTokensPerS(DesignPoint p, long n, long m) {
        ModelShape s = p.model();
        double weights = p.quant().streamedBits(s) / 8.0 + p.lora().bytes(s);
        double kv = s.kvBytesPerToken(16);
        double bytes = m * weights + kv * (m * (double) n + m * (m - 1) / 2.0);
        double flops = 2.0 * m * (s.linearMacsPerToken() + p.lora().macsPerToken(s));
        return m / Math.max(bytes / bytesPerS, flops / flopsPerS);
    }
}
