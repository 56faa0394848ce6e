package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/** Fig. 6: time to first token vs input length 256…4096, both models. */
public final class Fig6Prefill extends XyFigure {
    public Fig6Prefill() {
        super("fig6", "Fig 6 Prefill", "Fig. 6 Prefill time (TTFT) vs input length", "Input length (tokens)", "TTFT (ms)", false);
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (DesignPoint p : ModelVariants.of(base)) {
            Performance perf = new Performance(p);
            out.put(ModelVariants.key(p), curve(256, 4096, 128, n -> perf.ttftSeconds(n) * 1e3));
        }
        return out;
    }

    @Override
    protected void fill(DesignPoint base) {
        panel.show(lines(base));
        int n = base.workload().inputLen();
        panel.setCurrent(n, new Performance(base).ttftSeconds(n) * 1e3);
        panel.setPublished(published());
    }
}
