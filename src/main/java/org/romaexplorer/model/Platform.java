package org.romaexplorer.model;

/**
 * A baseline platform of the paper's Fig. 9 (Table II) as a roofline: decoding reads every weight and the
 * KV cache once per token (bandwidth bound) and does two FLOPs per weight (compute bound); the lower
 * bound wins. Baselines hold the KV cache in FP16 (Sec. IV-A).
 *
 * @param name           display name
 * @param bytesPerS      memory bandwidth, B/s
 * @param flopsPerS      peak dense FLOP/s
 * @param powerW         board or package power, W (Table II)
 */
public record Platform(String name, double bytesPerS, double flopsPerS, double powerW) {

    /** i5-1135G7: dual-channel DDR4-3200 (64 GB, Table II) 51.2 GB/s; 4 cores × 2.4 GHz × 32 FP32 FLOP/cycle. */
    public static final Platform CPU_I5_1135G7 = new Platform("i5-1135G7", 51.2e9, 307.2e9, 28);
    /** RTX 4090: 1,008 GB/s GDDR6X; 165.2 TFLOPS dense FP16 tensor (NVIDIA Ada whitepaper). */
    public static final Platform GPU_RTX_4090 = new Platform("RTX 4090", 1008e9, 165.2e12, 450);

    public Platform {
        Check.notBlank("name", name);
        Check.range("bytes_per_s", bytesPerS, 1, 1e16);
        Check.range("flops_per_s", flopsPerS, 1, 1e19);
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
