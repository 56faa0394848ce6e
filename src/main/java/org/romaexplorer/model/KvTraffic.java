package org.romaexplorer.model;

/**
 * Attention work and spilled KV reads per step, in closed form, for sliding-window layers and the
 * {@link KvPolicy} (docs/model.md, "KV beyond the SRAM").
 *
 * <p>With k tokens cached, L_f full and L_w windowed layers (window W), capacity C (tokens the SRAM
 * holds, {@link SramLayout#maxTokens(long, long, ModelShape, int)}), a decode step attends over
 * A(k) = L_f·k' + L_w·min(k', W) layer-tokens, k' = min(k, C) under evict and k otherwise; under spill it
 * reads sp(k) = b·[L_f·(k − min(k, C)) + L_w·(min(k, W) − min(k, W, C))] bytes from DRAM, b the KV bytes of
 * one layer and token. Sums over a range of k use Σ_{k=1..n} min(k, X) = n(n+1)/2 for n ≤ X, else
 * X(X+1)/2 + (n − X)·X.
 */
final class KvTraffic {
    private static final long NONE = Long.MAX_VALUE;
    private final double full;
    private final double windowed;
    private final long window;
    private final long capacity;
    private final KvPolicy.Overflow policy;
    private final double layerBytes;

    KvTraffic(DesignPoint p, long capacity) {
        ModelShape m = p.model();
        full = m.fullLayers();
        windowed = m.attention().windowedLayers();
        window = m.attention().limit();
        this.capacity = capacity;
        policy = p.kvPolicy().overflow();
        layerBytes = m.kvLayerBits(p.kvBits()) / 8.0;
    }

    /** Layer-tokens attended over at k cached tokens, A(k). */
    double attended(long k) {
        return attendedSum(k - 1, k);
    }

    /** Σ A(k) for k = from+1 … to. */
    double attendedSum(long from, long to) {
        long cap = policy == KvPolicy.Overflow.EVICT ? capacity : NONE;
        double sum = full * minSum(from, to, cap);
        return windowed == 0 ? sum : sum + windowed * minSum(from, to, Math.min(window, cap));
    }

    /** Bytes read from DRAM at k cached tokens, sp(k); zero unless spilling. */
    double spilledBytes(long k) {
        return spilledBytesSum(k - 1, k);
    }

    /** Σ sp(k) for k = from+1 … to. */
    double spilledBytesSum(long from, long to) {
        if (policy != KvPolicy.Overflow.SPILL) {
            return 0;
        }
        double fullSpill = minSum(from, to, NONE) - minSum(from, to, capacity);
        double windowSpill = minSum(from, to, window) - minSum(from, to, Math.min(window, capacity));
        return layerBytes * (full * fullSpill + windowed * windowSpill);
    }

    /** Tokens of a {@code context}-token cache that live in DRAM: spill only. */
    long spilledTokens(long context) {
        return policy == KvPolicy.Overflow.SPILL ? Math.max(0, context - capacity) : 0;
    }

    /** Σ_{k=from+1..to} min(k, x). */
    static double minSum(long from, long to, long x) {
        return upTo(to, x) - upTo(from, x);
    }

    private static double upTo(long n, long x) {
        if (n <= 0) {
            return 0;
        }
        double dn = n;
        if (n <= x) {
            return dn * (dn + 1) / 2;
        }
        double dx = x;
        return dx * (dx + 1) / 2 + (dn - dx) * dx;
    }
}
