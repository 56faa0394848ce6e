package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/**
 * Fig. 7: decode speed vs tokens in the KV cache 0…4096, both models, and further (8K or 16K) when the
 * current design's SRAM holds more, so that its capacity, marked, is in view; past it the lines follow
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

    /** Every 128 tokens to 4K, 8K or 16K (the first that holds the capacity): a grid Monte Carlo samples share. */
    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        return lines(base, -1);
    }

    /** As {@link #lines(DesignPoint)}, plus the points {@code knee} and {@code knee + 1} when ≥ 0. */
    private static Map<String, double[][]> lines(DesignPoint base, long knee) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        long[] xs = xs(top(new Performance(base).capacityTokens()), knee);
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
        return cap <= 4096 ? 4096 : cap <= 8192 ? 8192 : 16_384;
    }

    private static long[] xs(long top, long knee) {
        java.util.stream.LongStream grid = java.util.stream.LongStream.rangeClosed(0, top / 128).map(i -> i * 128);
        java.util.stream.LongStream extra = knee < 0 ? java.util.stream.LongStream.empty()
                : java.util.stream.LongStream.of(knee, knee + 1);
        return java.util.stream.LongStream.concat(grid, extra).filter(k -> k <= top).sorted().distinct().toArray();
    }

    @Override
    protected void fill(DesignPoint base) {
        long cap = new Performance(base).capacityTokens();
        panel.show(lines(base, cap)); // the exact knee at the capacity; bands use the plain grid
        int k = base.workload().kvLen();
        panel.setCurrent(k, new Performance(base).decodeTokensPerS(k));
        panel.setPublished(published());
        capacity.show(cap <= top(cap) ? cap : 0, CapacityMarker.label(base));
    }
}
