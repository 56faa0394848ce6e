package org.romaexplorer.figures;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Bar-chart building blocks shared by the category figures (Fig. 2, 11, 12, overview). */
final class Bars {
    private Bars() {}

    /** A bar plot over {@code data}, values labelled on the bars; a breakdown's labels add each bar's share. */
    static CategoryPlot plot(DefaultCategoryDataset data, String categoryLabel, String valueLabel, Color color,
                             boolean breakdown) {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, color);
        r.setDefaultItemLabelGenerator(new BarLabels(breakdown));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator());
        CategoryPlot p = new CategoryPlot(data, new CategoryAxis(categoryLabel), new NumberAxis(valueLabel), r);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) p.getRangeAxis()).setUpperMargin(0.15);
        p.getRangeAxis().setTickLabelInsets(new org.jfree.chart.ui.RectangleInsets(9, 4, 9, 4));
        return p;
    }

    /** A chart of one bar plot, no legend. */
    static JFreeChart chart(String title, CategoryPlot plot) {
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** A chart of an area plot above a power plot sharing the categories. */
    static JFreeChart areaPower(String title, String categoryLabel, DefaultCategoryDataset area,
                                DefaultCategoryDataset power, boolean breakdown) {
        return stacked(title, categoryLabel, area, plot(power, null, "Peak power (W)", new Color(255, 127, 14), breakdown),
                false, breakdown);
    }

    /** The area plot above {@code lower}, sharing the categories; a legend if asked; shares if a breakdown. */
    static JFreeChart stacked(String title, String categoryLabel, DefaultCategoryDataset area, CategoryPlot lower,
                              boolean legend, boolean breakdown) {
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(categoryLabel));
        // Two lines for a long category ("Fused cell", "CiROM (2 trits/transistor)") rather than "CiROM ..." in a narrow window.
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.add(plot(area, null, "Area (mm²)", new Color(31, 119, 180), breakdown));
        plot.add(lower);
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** Bars stacked by series (one colour each), no item labels. */
    static CategoryPlot stackedPlot(DefaultCategoryDataset data, String valueLabel) {
        org.jfree.chart.renderer.category.StackedBarRenderer r = new org.jfree.chart.renderer.category.StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator());
        CategoryPlot p = new CategoryPlot(data, null, new NumberAxis(valueLabel), r);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return p;
    }
}
