package org.romaexplorer.figures;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.data.xy.XYSeries;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/**
 * Fig. 8: LoRA rank 8…64 against prefill time at 1K input (top) and decode speed at the workload's KV
 * length (bottom), both models.
 */
public final class Fig8Rank extends PaperFigure {
    static final int PREFILL_INPUT = 1024;
    private final XyPanel prefill = new XyPanel("", "TTFT @1K input (ms)", false);
    private final XyPanel decode = new XyPanel("", "Decode (tokens/s)", false);
    private final JFreeChart chart;

    public Fig8Rank() {
        super("fig8", "Fig 8 LoRA rank");
        NumberAxis rank = new NumberAxis("LoRA rank");
        rank.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rank);
        plot.add(prefill.plot());
        plot.add(decode.plot());
        decode.hideLegend();
        chart = new JFreeChart("Fig. 8 Prefill and decode vs LoRA rank", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    @Override
    public JFreeChart chart() { return chart; }

    public double markerX() { return prefill.markerX(); }

    @Override
    protected void fill(DesignPoint base) {
        List<DesignPoint> variants = ModelVariants.of(base);
        int kv = base.workload().kvLen();
        for (DesignPoint p : variants) {
            XYSeries pre = prefill.line(ModelVariants.key(p));
            XYSeries dec = decode.line(ModelVariants.key(p));
            for (int r = 8; r <= 64; r += 4) {
                Performance perf = new Performance(p.withLora(p.lora().withRank(r)));
                pre.add(r, perf.ttftSeconds(PREFILL_INPUT) * 1e3);
                dec.add(r, perf.decodeTokensPerS(kv));
            }
        }
        for (XyPanel panel : List.of(prefill, decode)) {
            panel.done();
            panel.retain(ModelVariants.keys(variants));
        }
        Performance cur = new Performance(base);
        int rank = base.lora().rank();
        prefill.setCurrent(rank, cur.ttftSeconds(PREFILL_INPUT) * 1e3);
        decode.setCurrent(rank, cur.decodeTokensPerS(kv));
        prefill.setPublished(published().stream().filter(p -> "ms".equals(p.unit())).toList());
        decode.setPublished(published().stream().filter(p -> "tokens/s".equals(p.unit())).toList());
    }
}
