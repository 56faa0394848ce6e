package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.LUnitAccuracy;
import org.romaexplorer.lunit.LUnitConfig;

/**
 * L-unit lab: SNR of the bit-accurate L-unit (paper Eq. 1, {@link LUnitAccuracy}) against the aligned-integer
 * width, one line per weight width (2, 4 bits) and activation distribution, registers lossless
 * ({@link LUnitConfig#lossless}), groups of 128; the current configuration as a dot. Built once;
 * {@link #show} and {@link #setCurrent} refill it. {@link #sweep} computes the lines and may run on any thread.
 */
public final class LabSnrFigure {
    public static final int MIN_WIDTH = 6;
    public static final int MAX_WIDTH = 24;
    private static final int[] WEIGHT_BITS = {2, 4};
    private final XyPanel panel = new XyPanel("aligned width (bits, with sign)", "SNR (dB)", false);
    private final JFreeChart chart;

    /** One line of the sweep: SNR in dB at each width (+Infinity where every group was exact). */
    public record Curve(int weightBits, ActivationDistribution distribution, int[] widths, double[] snrDb) {
        public Curve {
            widths = widths.clone();
            snrDb = snrDb.clone();
        }

        public String key() { return LabSnrFigure.key(weightBits, distribution); }

        @Override public int[] widths() { return widths.clone(); }

        @Override public double[] snrDb() { return snrDb.clone(); }
    }

    public LabSnrFigure() {
        chart = new JFreeChart("SNR against aligned width (lossless registers)",
                new java.awt.Font("SansSerif", java.awt.Font.BOLD, 14), panel.plot(), true);
        chart.setBackgroundPaint(Color.WHITE);
        for (ActivationDistribution d : ActivationDistribution.values()) {
            for (int b : WEIGHT_BITS) {
                panel.line(key(b, d));
            }
        }
        panel.done();
        // 2- and 4-bit lines nearly coincide (the error is in the activations): dash the 4-bit ones.
        for (int i = 1; i < 4; i += 2) {
            panel.plot().getRenderer(0).setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10, new float[] {7, 5}, 0));
        }
        panel.renameCurrent("current configuration");
    }

    /** Series key, e.g. "4-bit, gaussian". */
    public static String key(int weightBits, ActivationDistribution d) {
        return weightBits + "-bit, " + d.cliName();
    }

    /** Every line: {@code samples} groups per point, the same {@code seed} for each point. */
    public static List<Curve> sweep(int samples, long seed) {
        List<Curve> out = new ArrayList<>();
        int[] widths = new int[MAX_WIDTH - MIN_WIDTH + 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = MIN_WIDTH + i;
        }
        for (ActivationDistribution d : ActivationDistribution.values()) {
            for (int b : WEIGHT_BITS) {
                double[] snr = new double[widths.length];
                for (int i = 0; i < widths.length; i++) {
                    snr[i] = LUnitAccuracy.measure(LUnitConfig.lossless(b, widths[i], LUnitConfig.PAPER_GROUP_SIZE),
                            d, samples, seed).snrDb();
                }
                out.add(new Curve(b, d, widths, snr));
            }
        }
        return out;
    }

    public JFreeChart chart() { return chart; }

    public XYPlot plot() { return panel.plot(); }

    /** Replaces the lines; points with an infinite SNR are left out. */
    public void show(List<Curve> curves) {
        chart.setNotify(false);
        try {
            for (Curve c : curves) {
                XYSeries s = panel.line(c.key());
                for (int i = 0; i < c.widths.length; i++) {
                    if (Double.isFinite(c.snrDb[i])) {
                        s.add(c.widths[i], c.snrDb[i]);
                    }
                }
            }
            panel.done();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Marks the current configuration: a vertical line at its width and a dot at its SNR. */
    public void setCurrent(int alignBits, double snrDb) {
        panel.setCurrent(alignBits, snrDb);
    }

    public double markerX() { return panel.markerX(); }
}
