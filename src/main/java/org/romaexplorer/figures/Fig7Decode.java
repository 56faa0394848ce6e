package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/**
 * Fig. 7: decode speed vs tokens in the KV cache 0…4096, both models, further when the design caches more
 * or its SRAM holds more (8K or 16K), so that the capacity, marked, is in view; past it the lines follow
 * the {@code kv_overflow} policy.
 */
public final class Fig7Decode extends XyFigure {
    private final CapacityMarker capacity = new CapacityMarker(plot(), true);

    public Fig7Decode() {
        super("fig7", "Fig 7 Decode", "Fig. 7 Decode speed vs KV cache length", "KV cache length (tokens)", "Decode (tokens/s)", false);
    }

    /** Where the marked SRAM boundary stands, NaN when hidden. */
    public double capacityX() {
        return capacity.value();
    }

    /** What the boundary's legend entry says; empty when hidden. */
    public String capacityText() {
        return capacity.text();
    }

    /** The last KV length drawn: 4096, or the design's rounded up to a multiple of 1024. */
    static int top(int kvLen) {
        return Math.max(4096, (kvLen + 1023) / 1024 * 1024);
    }

    /** The last KV length drawn: {@link #top(int)}, or 8K or 16K when the SRAM holds more than 4K. */
    private static long top(DesignPoint base, long cap) {
        long capTop = cap <= 4096 ? 4096 : cap <= 8192 ? 8192 : 16_384;
        return Math.max(top(base.workload().kvLen()), capTop);
    }

    /** 33 points from 0 to the top: a grid Monte Carlo samples share. */
    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        return lines(base, new Performance(base).capacityTokens(), false);
    }

    /** As {@link #lines(DesignPoint)}; with {@code knee}, also at the capacity and the token after it. */
    private static Map<String, double[][]> lines(DesignPoint base, long cap, boolean knee) {
        long[] xs = xs(top(base, cap), knee ? cap : -1);
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (DesignPoint p : ModelVariants.of(base)) {
            Performance perf = new Performance(p);
            double[][] c = new double[2][xs.length];
            for (int i = 0; i < xs.length; i++) {
                c[0][i] = xs[i];
                c[1][i] = perf.decodeTokensPerS(xs[i]);
            }
            out.put(ModelVariants.key(p), c);
        }
        return out;
    }

    private static long[] xs(long top, long knee) {
        java.util.stream.LongStream grid = java.util.stream.LongStream.rangeClosed(0, 32).map(i -> i * top / 32);
        java.util.stream.LongStream extra = knee < 0 ? java.util.stream.LongStream.empty()
                : java.util.stream.LongStream.of(knee, knee + 1);
        return java.util.stream.LongStream.concat(grid, extra).filter(k -> k <= top).sorted().distinct().toArray();
    }

    @Override
    protected void fill(DesignPoint base) {
        long cap = new Performance(base).capacityTokens();
        panel.show(lines(base, cap, true)); // the exact knee at the capacity; bands use the plain grid
        int k = base.workload().kvLen();
        panel.setCurrent(k, new Performance(base).decodeTokensPerS(k));
        panel.setPublished(published());
        capacity.show(cap <= top(base, cap) ? cap : 0, String.format("SRAM full at %,d cached tokens: beyond it %s", cap,
                CapacityMarker.beyond(base)));
    }
}
