package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.peers.AcceleratorRow;
import org.romaexplorer.peers.Accelerators;

/**
 * The Compare-accelerators profile, a parallel-coordinates plot: one line per design and baseline on the reference
 * design's model, format, node and workload, one axis per quantity, each value over the best of all of them (1 = the
 * best; area counts as smaller is better), log scale floored at 10⁻⁴. A baseline's line starts at prefill: it has no
 * die area or weight density of its own.
 */
public final class AcceleratorProfile extends PaperFigure {
    static final double FLOOR = 1e-4;
    private static final String[] AXES = {"1/area", "density", "prefill", "decode", "tok/J", "context"};
    private static final List<ToDoubleFunction<AcceleratorRow>> VALUES = List.of(r -> 1 / r.areaMm2(),
            AcceleratorRow::weightDensity, AcceleratorRow::prefillTokensPerS, AcceleratorRow::decodeTokensPerS,
            AcceleratorRow::tokensPerJoule, r -> (double) r.maxContext());
    /** Tableau 10: the four ROM designs first, then the baselines in colours of their own. */
    private static final Color[] COLOURS = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(127, 127, 127), new Color(227, 119, 194),
        new Color(188, 189, 34), new Color(23, 190, 207), new Color(214, 39, 40)};
    private final XYSeriesCollection lines = new XYSeriesCollection();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle("");

    public AcceleratorProfile() {
        super("accelerators-profile", "Accelerator profile");
        SymbolAxis x = new SymbolAxis("Quantity (normalized model and node)", AXES);
        x.setGridBandsVisible(false);
        LogAxis y = new LogAxis("Over the best (1 = best, log)");
        y.setSmallestValue(FLOOR);
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.####"));
        y.setAutoTickUnitSelection(false);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1)); // whole decades
        y.setMinorTickCount(9);
        y.setMinorTickMarksVisible(true);
        y.setLowerBound(FLOOR * 0.8);
        y.setUpperBound(1.5);
        y.setAutoRange(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        plot = new XYPlot(lines, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        for (int i = 0; i < AXES.length; i++) { // the parallel axes themselves
            plot.addDomainMarker(new org.jfree.chart.plot.ValueMarker(i, Color.GRAY, new BasicStroke(1f)));
        }
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart("Accelerator profile on one model and node", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(note);
    }

    @Override
    public JFreeChart chart() { return chart; }

    XYSeriesCollection lines() { return lines; }

    @Override
    protected void fill(DesignPoint reference) {
        List<AcceleratorRow> rows = Accelerators.normalized(reference);
        note.setText(AcceleratorBars.caption(reference));
        double[] best = new double[VALUES.size()];
        for (int i = 0; i < best.length; i++) {
            ToDoubleFunction<AcceleratorRow> v = VALUES.get(i);
            best[i] = rows.stream().mapToDouble(v).filter(d -> Double.isFinite(d) && d > 0).max().orElse(1);
        }
        lines.removeAllSeries();
        for (AcceleratorRow r : rows) {
            XYSeries s = new XYSeries(r.name(), false, false);
            for (int i = 0; i < best.length; i++) {
                double v = VALUES.get(i).applyAsDouble(r);
                if (Double.isFinite(v)) {
                    s.add(i, Math.max(FLOOR, v / best[i]));
                }
            }
            lines.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        for (int i = 0; i < rows.size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, rows.get(i).baseline() ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f) : new BasicStroke(2.5f));
        }
    }
}
