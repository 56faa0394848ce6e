package org.romaexplorer.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.Serving;

/**
 * Serving from one ROM (issue 21): decode speed per user and of all users together (top, log scale) and the
 * tokens each user's KV cache holds (bottom) against the users decoding together, 1…64 (further when the
 * design has more), at the workload's KV length, with the design's adapters. Dashed lines mark where the
 * workload's context (input + output) no longer fits each user's share of the SRAM, and the last user count
 * at the one-user speed (the knee, past which a unit is the bound; a note says which). The paper publishes no
 * numbers for it.
 */
public final class ServingFigure extends PaperFigure {
    /** Line keys; the per-user lines of both plots share a key, so a pinned design's are drawn on both. */
    public static final String PER_USER = "per user";
    public static final String ALL_USERS = "all users";
    private final XyPanel decode = new XyPanel("", "Decode (tokens/s, log)", true);
    private final XyPanel tokens = new XyPanel("", "Max tokens per user", false);
    private final CapacityMarker fitsDecode = new CapacityMarker(decode.plot(), true);
    private final CapacityMarker fitsTokens = new CapacityMarker(tokens.plot(), true);
    private final CapacityMarker knee = new CapacityMarker(decode.plot(), true);
    private final CapacityMarker context = new CapacityMarker(tokens.plot(), false);
    private final TextTitle note = new TextTitle("");
    private final JFreeChart chart;

    public ServingFigure() {
        super("serving", "Serving");
        NumberAxis users = new NumberAxis("Users decoding together");
        users.setAutoRangeIncludesZero(false);
        users.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(users);
        plot.add(decode.plot(), 3);
        plot.add(tokens.plot(), 2);
        tokens.hideLegend();
        chart = new JFreeChart("Serving: decode and context vs users", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        note.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 12));
        chart.addSubtitle(note);
    }

    @Override
    public JFreeChart chart() { return chart; }

    /** The users drawn: 1…64 (every count), or up to the design's users in 64 even steps plus the design's own. */
    static List<Integer> users(int current) {
        int top = Math.max(64, current);
        int step = Math.max(1, top / 64);
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int b = 1; b <= top; b += step) {
            out.add(b);
        }
        out.add(top);
        out.add(current);
        return List.copyOf(out);
    }

    /** Where the marked knee stands (the last user count at the one-user speed), NaN when hidden. For tests. */
    public double kneeX() { return knee.value(); }

    /** Where the first user count whose context no longer fits stands, NaN when hidden. For tests. */
    public double contextX() { return fitsTokens.value(); }

    @Override
    protected void fill(DesignPoint base) {
        int kv = base.workload().kvLen();
        long needed = (long) base.workload().inputLen() + base.workload().outputLen();
        List<Integer> xs = users(base.workload().users());
        XYSeries per = decode.line(PER_USER);
        XYSeries all = decode.line(ALL_USERS);
        XYSeries held = tokens.line(PER_USER);
        int firstMiss = -1;
        for (int b : xs) {
            Performance perf = new Performance(base.withWorkload(base.workload().withUsers(b)));
            per.add(b, perf.decodeTokensPerS(kv));
            all.add(b, perf.decodeTokensPerSTotal(kv));
            long cap = perf.capacityTokens();
            held.add(b, cap);
            if (firstMiss < 0 && cap < needed) {
                firstMiss = b;
            }
        }
        decode.done();
        tokens.done();
        decode.retain(List.of(PER_USER, ALL_USERS));
        tokens.retain(List.of(PER_USER));
        Metrics m = Evaluator.evaluate(base);
        decode.setCurrent(base.workload().users(), m.decodeTokensPerS());
        tokens.setCurrent(base.workload().users(), m.maxTokens());
        decode.setPublished(List.of());
        tokens.setPublished(List.of());
        String policy = CapacityMarker.policy(base);
        if (firstMiss > 0) {
            fitsDecode.show(firstMiss, "context no longer fits (" + policy + ")");
            fitsTokens.show(firstMiss, "");
        } else {
            fitsDecode.hide();
            fitsTokens.hide();
        }
        context.show(needed, "context " + needed + " tokens");
        long b = new Performance(base).fullSpeedUsers(kv);
        knee.show(b < xs.get(xs.size() - 1) ? b : 0, "full speed up to " + b);
        note.setText(noteText(base, kv, b));
    }

    /** "2 adapters of rank 16, 0 tokens cached: each user at the one-user speed up to 1; then the L-units' lanes …". */
    static String noteText(DesignPoint base, int kv, long knee) {
        int n = base.lora().adapters();
        String head = String.format("%d adapter%s of rank %d%s, %,d tokens cached: ", n, n == 1 ? "" : "s",
                base.lora().rank(), base.lora().uniform() ? "" : " (others as listed)", kv);
        if (knee >= Serving.UNBOUND_USERS) {
            return head + String.format("every user at the one-user speed up to %,d users", knee);
        }
        DesignPoint past = base.withWorkload(base.workload().withUsers((int) Math.min(knee + 1, Knobs.USERS.max())));
        String upTo = String.format("each user at the one-user speed up to %,d user%s; beyond, ", knee, knee == 1 ? "" : "s");
        if (new Performance(past).capacityTokens() < kv && !"reject".equals(CapacityMarker.policy(base))) {
            return head + upTo + "their caches no longer fit the SRAM (" + CapacityMarker.policy(base) + ")";
        }
        Serving.Limit limit = Serving.limit(past, kv);
        boolean one = limit == Serving.Limit.DRAM || limit == Serving.Limit.LATENCY;
        return head + upTo + limit.words() + (one ? " sets" : " set") + " the pace";
    }

    @Override
    protected String pinnedLine(DesignPoint p) {
        return PER_USER;
    }

    /** Keys of the decode plot's lines, for tests. */
    List<String> decodeLines() {
        return new ArrayList<>(decode.lineKeys());
    }
}
