package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/**
 * Fig. 7: decode speed vs tokens in the KV cache 0…4096, both models; further (up to twice the
 * capacity, at most 16K) when the current design's SRAM fills before 4,096, with that boundary marked.
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

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        long cap = new Performance(base).capacityTokens();
        long[] xs = xs(top(cap), cap);
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

    private static long top(long cap) {
        return Math.max(4096, Math.min(16_384, 2 * cap));
    }

    /** Every 128 tokens up to {@code top}, plus the capacity and the token after it, so the knee is exact. */
    private static long[] xs(long top, long cap) {
        return java.util.stream.LongStream.concat(java.util.stream.LongStream.rangeClosed(0, top / 128).map(i -> i * 128),
                java.util.stream.LongStream.of(cap, cap + 1)).filter(k -> k <= top).sorted().distinct().toArray();
    }

    @Override
    protected void fill(DesignPoint base) {
        panel.show(lines(base));
        int k = base.workload().kvLen();
        panel.setCurrent(k, new Performance(base).decodeTokensPerS(k));
        panel.setPublished(published());
        long cap = new Performance(base).capacityTokens();
        capacity.show(cap <= top(cap) ? cap : 0, CapacityMarker.label(base));
    }
}
