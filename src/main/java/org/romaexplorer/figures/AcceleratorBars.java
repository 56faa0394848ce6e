package org.romaexplorer.figures;

import java.awt.Color;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.peers.AcceleratorRow;
import org.romaexplorer.peers.Accelerators;

/**
 * The Compare-accelerators bars: for each ROM design and baseline, its area, weight density, prefill and decode
 * speed, tokens per joule and on-chip context, as published (ROM designs only) and on the reference design's model,
 * format, node and workload ({@link Accelerators}). One panel per quantity, log scale: the designs span decades. A
 * quantity a baseline has none of (area, density) is left out for it.
 */
public final class AcceleratorBars extends PaperFigure {
    static final String PUBLISHED = "as published";
    static final String NORMALIZED = "normalized";
    private final List<Panel> panels = List.of(
            new Panel("area mm²", AcceleratorRow::areaMm2),
            new Panel("MiB/mm²", AcceleratorRow::weightDensity),
            new Panel("prefill tok/s", AcceleratorRow::prefillTokensPerS),
            new Panel("decode tok/s", AcceleratorRow::decodeTokensPerS),
            new Panel("tok/J", AcceleratorRow::tokensPerJoule),
            new Panel("context tok", r -> (double) r.maxContext()));
    private final JFreeChart chart;
    /** "normalized: MODEL at N nm, n in / m out": what the second bars are. */
    private final org.jfree.chart.title.TextTitle note = new org.jfree.chart.title.TextTitle("");

    private record Panel(String label, ToDoubleFunction<AcceleratorRow> value, DefaultCategoryDataset data) {
        Panel(String label, ToDoubleFunction<AcceleratorRow> value) {
            this(label, value, new DefaultCategoryDataset());
        }
    }

    public AcceleratorBars() {
        super("accelerators", "Accelerators");
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis("Design")) {
            @Override public org.jfree.chart.LegendItemCollection getLegendItems() {
                return ((CategoryPlot) getSubplots().get(0)).getLegendItems(); // the two series once, not once a panel
            }
        };
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.2f);
        Color[] colours = {new Color(31, 119, 180), new Color(255, 127, 14)};
        for (Panel p : panels) {
            CategoryPlot sub = Bars.plot(p.data(), null, p.label(), colours[0], false);
            org.jfree.chart.renderer.category.BarRenderer r = (org.jfree.chart.renderer.category.BarRenderer) sub.getRenderer();
            r.setSeriesPaint(1, colours[1]);
            r.setIncludeBaseInRange(false); // a log axis ranges over the bars, not down to zero
            r.setBase(1e-9);
            r.setSeriesItemLabelsVisible(0, false); // the published values are in the table; labels on both collide
            LogAxis log = new LogAxis(p.label());
            log.setSmallestValue(1e-3);
            log.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###"));
            log.setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(9, 4, 9, 4));
            log.setUpperMargin(0.35);
            log.setLowerMargin(0.1);
            sub.setRangeAxis(log);
            plot.add(sub);
        }
        chart = new JFreeChart("Accelerators as published and normalized (log scales)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(note);
    }


    @Override
    public JFreeChart chart() { return chart; }

    /** The data of one panel, for tests: rows "as published" and "normalized", a column per design. */
    DefaultCategoryDataset panel(int i) {
        return panels.get(i).data();
    }

    @Override
    protected void fill(DesignPoint reference) {
        List<AcceleratorRow> published = Accelerators.published();
        List<AcceleratorRow> normalized = Accelerators.normalized(reference);
        note.setText(caption(reference));
        for (Panel p : panels) {
            p.data().clear();
            for (AcceleratorRow r : normalized) {
                p.data().addValue(positive(r.baseline() ? Double.NaN : byName(published, r.name(), p)), PUBLISHED, r.name());
            }
            for (AcceleratorRow r : normalized) {
                p.data().addValue(positive(p.value().applyAsDouble(r)), NORMALIZED, r.name());
            }
        }
    }

    /** "normalized: MODEL at N nm, n in / m out, batch 1". */
    static String caption(DesignPoint reference) {
        return String.format(java.util.Locale.ROOT, "normalized: %s at %d nm, %,d in / %,d out, batch 1",
                reference.model().name(), reference.tech().node().nm(), reference.workload().inputLen(),
                reference.workload().outputLen());
    }

    private static double byName(List<AcceleratorRow> rows, String name, Panel p) {
        return rows.stream().filter(r -> r.name().equals(name)).mapToDouble(p.value()).findFirst().orElse(Double.NaN);
    }

    /** A value a log axis can draw, or null for none (NaN, or 0: no bar). */
    private static Double positive(double v) {
        return Double.isFinite(v) && v > 0 ? v : null;
    }
}
