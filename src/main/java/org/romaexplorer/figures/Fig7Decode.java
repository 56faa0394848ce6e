package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/** Fig. 7: decode speed vs tokens in the KV cache 0…4096, further when the design caches more, both models. */
public final class Fig7Decode extends XyFigure {
    public Fig7Decode() {
        super("fig7", "Fig 7 Decode", "Fig. 7 Decode speed vs KV cache length", "KV cache length (tokens)", "Decode (tokens/s)", false);
    }

    /** The last KV length drawn: 4096, or the design's rounded up to a multiple of 1024. */
    static int top(int kvLen) {
        return Math.max(4096, (kvLen + 1023) / 1024 * 1024);
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (DesignPoint p : ModelVariants.of(base)) {
            Performance perf = new Performance(p);
            out.put(ModelVariants.key(p), curve(0, top(base.workload().kvLen()), top(base.workload().kvLen()) / 32,
                    perf::decodeTokensPerS));
        }
        return out;
    }

    @Override
    protected void fill(DesignPoint base) {
        panel.show(lines(base));
        int k = base.workload().kvLen();
        panel.setCurrent(k, new Performance(base).decodeTokensPerS(k));
        panel.setPublished(published());
    }
}
