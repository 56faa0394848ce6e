package org.romaexplorer.figures;

import java.util.List;
import org.jfree.data.xy.XYSeries;
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
    protected void fill(DesignPoint base) {
        List<DesignPoint> variants = ModelVariants.of(base);
        for (DesignPoint p : variants) {
            Performance perf = new Performance(p);
            XYSeries s = panel.line(ModelVariants.key(p));
            int top = top(base.workload().kvLen());
            for (int k = 0; k <= top; k += top / 32) {
                s.add(k, perf.decodeTokensPerS(k));
            }
        }
        panel.done();
        panel.retain(ModelVariants.keys(variants));
        int k = base.workload().kvLen();
        panel.setCurrent(k, new Performance(base).decodeTokensPerS(k));
        panel.setPublished(published());
    }
}
