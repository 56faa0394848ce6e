package org.romaexplorer.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.romaexplorer.lunit.RomTransistors;

/**
 * L-unit lab: B-ROM / standard-ROM transistor ratio ceil(D/4)(W + NUM_CGEN) / (D W) against the word width W
 * ({@link RomTransistors}, paper Sec. III-C), with the asymptote 1/4 the paper quotes as "approximately 1/4" and
 * the model's own W marked. Nothing here depends on the design, so it is filled once, when built.
 */
public final class LabRomRatioFigure {
    /** ROM depth D; any multiple of 4 gives the same ratio. */
    public static final int DEPTH = 1024;
    public static final int MIN_WIDTH = 4;
    public static final int MAX_WIDTH = 1024;
    public static final String KEY = "B-ROM / ROM, D = " + DEPTH;
    private final XYSeries ratio = new XYSeries(KEY, true, false);
    private final XYSeries model = new XYSeries("model's W", true, false);
    private final XYPlot plot;
    private final JFreeChart chart;

    /** {@code modelWidth}: the model's B-ROM word width W in bits, e.g. {@code Technology.n7().bromWordBits()}. */
    public LabRomRatioFigure(int modelWidth) {
        for (int w = MIN_WIDTH; w <= MAX_WIDTH; w++) {
            ratio.add(w, RomTransistors.ratio(w, DEPTH));
        }
        double atModel = RomTransistors.ratio(modelWidth, DEPTH);
        model.add(modelWidth, atModel);
        XYSeriesCollection data = new XYSeriesCollection(ratio);
        data.addSeries(model);
        // Short: at 1280 × 720 the plot is about 120 px tall and a longer label was cut.
        plot = new XYPlot(data, widthAxis(), new NumberAxis("B-ROM / ROM transistors"), renderer());
        ValueMarker quarter = asymptote();
        ValueMarker same = breakEven();
        plot.addRangeMarker(quarter);
        plot.addRangeMarker(same);
        MarkerLegend names = MarkerLegend.of(plot);
        names.show(quarter, "asymptote 1/4 (paper: \"approximately 1/4\")");
        names.show(same, "same count as a standard ROM");
        XYPointerAnnotation note = new XYPointerAnnotation(String.format("W = %d (model): %.4g", modelWidth, atModel),
                modelWidth, atModel, -Math.PI / 2);
        // Straight up and short: the text stays between the 1/4 and the break-even lines, clear of their labels.
        note.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        note.setFont(new Font("SansSerif", Font.PLAIN, 12));
        note.setBaseRadius(28);
        note.setTipRadius(8);
        note.setToolTipText("the model's B-ROM word width and its transistor ratio");
        plot.addAnnotation(note);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart = new JFreeChart("B-ROM transistors relative to a standard ROM", new Font("SansSerif", Font.BOLD, 14),
                plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 14)); // room for the last tick label, 1024
    }

    /** Log base 2, one tick per power of two: 4, 8, … 1024. */
    private static LogAxis widthAxis() {
        LogAxis x = new LogAxis("word width W (bits, log scale)");
        x.setBase(2);
        x.setAutoTickUnitSelection(false);
        x.setTickUnit(new NumberTickUnit(1));
        x.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        x.setRange(MIN_WIDTH, MAX_WIDTH);
        return x;
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesShapesVisible(0, false);
        r.setSeriesPaint(0, XyPanel.LINE_COLORS[0]);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(1, new Color(200, 0, 0));
        r.setDefaultToolTipGenerator((ds, s, i) -> String.format("W = %.0f: %.4f", ds.getXValue(s, i),
                ds.getYValue(s, i)));
        return r;
    }

    private static ValueMarker asymptote() {
        return new ValueMarker(0.25, Color.DARK_GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    }

    /** Ratio 1: below W = NUM_CGEN / 3 (about 10.7 bits) a B-ROM needs more transistors than a plain ROM. */
    private static ValueMarker breakEven() {
        return new ValueMarker(1, Color.GRAY, new BasicStroke(0.8f));
    }

    public JFreeChart chart() { return chart; }

    public XYPlot plot() { return plot; }

    /** The ratio line, W → ratio. */
    public XYSeries ratioSeries() { return ratio; }
}
