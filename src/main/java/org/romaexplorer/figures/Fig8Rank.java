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
 * Fig. 8: LoRA rank 8…64 (widened to the design's rank) against prefill time at a fixed 1K input (top; a
 * subtitle says so, since the headline TTFT uses the design's input length) and decode speed at the
 * workload's KV length (bottom), both models.
 */
public final class Fig8Rank extends PaperFigure {
    static final int PREFILL_INPUT = 1024;
    private final XyPanel prefill = new XyPanel("", "TTFT @1K input (ms)", false);
    private final XyPanel decode = new XyPanel("", "Decode (tokens/s)", false);
    private final JFreeChart chart;
    private final org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle("");

    public Fig8Rank() {
        super("fig8", "Fig 8 LoRA rank");
        NumberAxis rank = new NumberAxis("LoRA rank");
        rank.setAutoRangeIncludesZero(false);
        rank.setAutoRangeStickyZero(false); // rank 0 sits inside the plot
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rank);
        plot.add(prefill.plot());
        plot.add(decode.plot());
        decode.hideLegend();
        chart = new JFreeChart("Fig. 8 Prefill and decode vs LoRA rank", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(XyFigure.RIGHT_ROOM);
        note.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 12));
        chart.addSubtitle(note);
    }

    /** Ranks 8…64 in steps of 4 (the paper's range), widened to take in the design's rank. */
    static List<Integer> ranks(int current) {
        int lo = Math.min(8, current / 4 * 4);
        int hi = Math.max(64, (current + 3) / 4 * 4);
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int r = lo; r <= hi; r += 4) {
            out.add(r);
        }
        out.add(current);
        return List.copyOf(out);
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
            for (int r : ranks(base.lora().rank())) {
                Performance perf = new Performance(p.withLora(p.lora().withRank(r)));
                pre.add(r, perf.ttftSeconds(PREFILL_INPUT) * 1e3);
                dec.add(r, perf.decodeTokensPerS(kv));
            }
        }
        for (XyPanel panel : List.of(prefill, decode)) {
            panel.done();
            panel.retain(ModelVariants.keys(variants));
        }
        note.setText(String.format("TTFT here is for a %,d-token input, as in the paper's Fig. 8; the headline"
                + " TTFT is for the design's input length (%,d tokens).", PREFILL_INPUT, base.workload().inputLen()));
        Performance cur = new Performance(base);
        int rank = base.lora().rank();
        prefill.setCurrent(rank, cur.ttftSeconds(PREFILL_INPUT) * 1e3);
        decode.setCurrent(rank, cur.decodeTokensPerS(kv));
        prefill.setPublished(published().stream().filter(p -> "ms".equals(p.unit())).toList());
        decode.setPublished(published().stream().filter(p -> "tokens/s".equals(p.unit())).toList());
    }
}
