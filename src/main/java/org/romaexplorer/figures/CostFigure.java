package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.romaexplorer.model.BaselineCost;
import org.romaexplorer.model.CostBreakdown;
import org.romaexplorer.model.CostMetrics;
import org.romaexplorer.model.DesignPoint;

/**
 * The Cost tab (docs/cost.md): cost per million tokens against the chips made of each model (top), one line per
 * update cadence beside the chosen baseline, and what one chip costs by part at each volume (bottom: the die at 100%
 * yield, its yield loss, test and package, its NRE share, its electricity). Both axes of volume are logarithmic; the
 * current design is the red dot. The lines of the top panel get p5–p95 bands ({@link #lines}: the cost knobs'
 * ranges; volume and cadence are the figure's axes, not uncertain). All from {@link CostBreakdown}, as {@code cost}.
 */
public final class CostFigure extends XyFigure {
    /** The update cadences drawn, per year. */
    static final double[] CADENCES = {0, 1, 2, 4};
    /** Volumes drawn: 100 to 10 million chips per model, ten points a decade. */
    static final double[] VOLUMES = volumes(2, 7, 10);
    private final XyPanel parts = new XyPanel("", "USD per chip (log)", true);
    private final TextTitle note = new TextTitle("");
    private final JFreeChart chart;

    public CostFigure() {
        super("cost", "Cost", "", "", "USD per million tokens (log)", true);
        LogAxis volume = new LogAxis("Chips per model (log)");
        volume.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        volume.setAutoTickUnitSelection(false);
        volume.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        volume.setMinorTickCount(9);
        volume.setMinorTickMarksVisible(true);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(volume);
        plot.add(panel.plot(), 3);
        plot.add(parts.plot(), 2);
        parts.renameCurrent("this design, one chip");
        // cents and fractions of a cent per million tokens: the panel's decades need more than three decimals
        ((LogAxis) panel.plot().getRangeAxis()).setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#######"));
        chart = new JFreeChart("Cost per million tokens and per chip against volume", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        note.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 12));
        chart.addSubtitle(note);
    }

    @Override
    public JFreeChart chart() { return chart; }

    /** {@code lo}…{@code hi} decades, {@code perDecade} log-spaced points each, both ends included. */
    private static double[] volumes(int lo, int hi, int perDecade) {
        int n = (hi - lo) * perDecade + 1;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.pow(10, lo + (double) i / perDecade);
        }
        return v;
    }

    /** The key of the line at {@code updatesPerYear}. */
    static String cadenceKey(double updatesPerYear) {
        return updatesPerYear == 0 ? "ROM, never updated"
                : String.format("ROM, %s update%s a year", text(updatesPerYear), updatesPerYear == 1 ? "" : "s");
    }

    private static String text(double u) {
        return u == Math.rint(u) ? Long.toString((long) u) : Double.toString(u);
    }

    /** The key of the baseline's line. */
    static String baselineKey(BaselineCost b) {
        return b.platform().name() + (b.batch() > 1 ? " (batch " + b.batch() + ")" : "");
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        return lines(CostBreakdown.of(base));
    }

    private static Map<String, double[][]> lines(CostBreakdown b) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (double u : CADENCES) {
            double[][] c = new double[2][VOLUMES.length];
            for (int i = 0; i < VOLUMES.length; i++) {
                c[0][i] = VOLUMES[i];
                c[1][i] = b.costPerMtokUsd(VOLUMES[i], u);
            }
            out.put(cadenceKey(u), c);
        }
        BaselineCost gpu = b.baseline();
        double[][] flat = new double[2][VOLUMES.length];
        for (int i = 0; i < VOLUMES.length; i++) {
            flat[0][i] = VOLUMES[i];
            flat[1][i] = gpu.costPerMtokUsd();
        }
        out.put(baselineKey(gpu), flat);
        return out;
    }

    @Override
    protected void fill(DesignPoint base) {
        CostBreakdown b = CostBreakdown.of(base);
        CostMetrics m = b.metrics();
        double volume = base.cost().volume();
        panel.show(lines(b));
        Map<String, double[][]> byPart = new LinkedHashMap<>();
        List<String> names = List.of("Die at 100% yield", "Yield loss", "Test and package", "NRE share", "Electricity",
                "Chip, all in");
        for (int k = 0; k < names.size(); k++) {
            byPart.put(names.get(k), new double[2][VOLUMES.length]);
        }
        for (int i = 0; i < VOLUMES.length; i++) {
            double[] p = b.perChipUsd(VOLUMES[i]);
            double[] shown = {p[0], p[1], p[2] + p[3], p[4], p[5], p[6]};
            for (int k = 0; k < names.size(); k++) {
                double[][] c = byPart.get(names.get(k));
                c[0][i] = VOLUMES[i];
                c[1][i] = shown[k];
            }
        }
        parts.show(byPart);
        panel.setCurrent(volume, m.costPerMtokUsd());
        parts.setCurrent(volume, b.perChipUsd(volume)[6]);
        look(panel.plot().getRenderer(0), CADENCES.length, null);
        look(parts.plot().getRenderer(0), 0, PART_COLORS);
        BaselineCost gpu = b.baseline();
        double u = base.cost().modelUpdatesPerYear();
        note.setText(String.format("This design (%s, %d nm, %s update%s a year, %,.0f chips per model): $%.5f per million "
                        + "tokens, chip $%,.0f, NRE $%,.1f M, a model update $%,.2f M (%s masks). %s",
                base.hw().weightCell().key(), base.tech().node().nm(), text(u), u == 1 ? "" : "s", volume,
                m.costPerMtokUsd(), m.chipCostUsd(), m.nreUsd() / 1e6, m.respinNreUsd() / 1e6, text(m.respinMasks()),
                b.verdict(gpu)));
    }

    /** The parts' screen colours, none a cadence line's: brown, pink, olive, cyan, grey, black. */
    private static final Color[] PART_COLORS = {new Color(140, 86, 75), new Color(227, 119, 194), new Color(188, 189, 34),
        new Color(23, 190, 207), new Color(127, 127, 127), Color.BLACK};

    /**
     * Screen look: series from {@code dashedFrom} on (if above 0) dark grey and dashed (the baseline); series in
     * {@code colours}' order when given (the parts, the last one thicker: the sum).
     */
    private static void look(XYItemRenderer r, int dashedFrom, Color[] colours) {
        if (dashedFrom > 0) {
            r.setSeriesPaint(dashedFrom, Color.DARK_GRAY);
            r.setSeriesStroke(dashedFrom, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 4f}, 0f));
        }
        for (int s = 0; colours != null && s < colours.length; s++) {
            r.setSeriesPaint(s, colours[s]);
            r.setSeriesStroke(s, new BasicStroke(s == colours.length - 1 ? 3f : 2f));
        }
    }

    /** The bands; the baseline's in its line's grey (the panel colours a band by its line's index). */
    @Override
    public void setBands(Map<String, double[][]> byLine) {
        super.setBands(byLine);
        var bands = bands();
        var r = (org.jfree.chart.renderer.AbstractRenderer) panel.plot().getRenderer(2);
        for (int i = 0; i < bands.getSeriesCount(); i++) {
            if (!bands.getSeriesKey(i).toString().startsWith("ROM")) {
                r.setSeriesFillPaint(i, Color.DARK_GRAY);
                r.setSeriesPaint(i, Color.DARK_GRAY);
            }
        }
    }

    @Override
    protected String pinnedLine(DesignPoint p) {
        double u = p.cost().modelUpdatesPerYear();
        for (double c : CADENCES) {
            if (c == u) {
                return cadenceKey(c);
            }
        }
        return null;
    }
}
