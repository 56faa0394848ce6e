package org.romaexplorer.figures;

import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/** Fig. 6: time to first token vs input length 256…4096, both models. */
public final class Fig6Prefill extends XyFigure {
    public Fig6Prefill() {
        super("fig6", "Fig 6 Prefill", "Fig. 6 Prefill time (TTFT) vs input length", "Input length (tokens)", "TTFT (ms)", false);
    }

    @Override
    protected void fill(DesignPoint base) {
        List<DesignPoint> variants = ModelVariants.of(base);
        for (DesignPoint p : variants) {
            Performance perf = new Performance(p);
            XYSeries s = panel.line(ModelVariants.key(p));
            for (int n = 256; n <= 4096; n += 128) {
                s.add(n, perf.ttftSeconds(n) * 1e3);
            }
        }
        panel.done();
        panel.retain(ModelVariants.keys(variants));
        int n = base.workload().inputLen();
        panel.setCurrent(n, new Performance(base).ttftSeconds(n) * 1e3);
        panel.setPublished(published());
    }
}
