package org.romaexplorer.figures;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart's data as CSV, one row per data item: quantity (the value axis' label, with its unit), series,
 * x or category (the column named by the x axis' label, with its unit), value, then what the row is
 * ({@code point}: model, published or current design) and, for a published point, the {@code model} it
 * belongs to and whether the paper's number is a {@code bound} (no, upper, lower). Reads whatever the
 * chart's datasets hold, so the file always matches the picture.
 */
final class ChartCsv {
    private ChartCsv() {}

    static void write(JFreeChart chart, Writer w) throws IOException {
        w.write("quantity,series," + quote(xLabel(chart.getPlot())) + ",value,point,model,bound\n");
        for (Plot p : leaves(chart.getPlot())) {
            if (p instanceof XYPlot xy) {
                xy(xy, w);
            } else if (p instanceof CategoryPlot cat) {
                category(cat, w);
            }
        }
    }

    private static String xLabel(Plot p) {
        String label = p instanceof XYPlot xy ? xy.getDomainAxis().getLabel()
                : p instanceof CategoryPlot c ? c.getDomainAxis().getLabel() : null;
        return label == null || label.isBlank() ? "x" : label;
    }

    private static List<Plot> leaves(Plot p) {
        List<Plot> out = new ArrayList<>();
        if (p instanceof CombinedDomainXYPlot c) {
            out.addAll(c.getSubplots());
        } else if (p instanceof CombinedDomainCategoryPlot c) {
            out.addAll(c.getSubplots());
        } else {
            out.add(p);
        }
        return out;
    }

    private static void xy(XYPlot plot, Writer w) throws IOException {
        String q = quote(plot.getRangeAxis().getLabel());
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
                XYSeries series = ds instanceof XYSeriesCollection c ? c.getSeries(s) : null;
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    w.write(q + "," + quote(ds.getSeriesKey(s).toString()) + "," + ds.getXValue(s, i) + ","
                            + ds.getYValue(s, i) + "," + what(d, series, i) + "\n");
                }
            }
        }
    }

    /** point,model,bound of one XY item: lines are dataset 0, points (published or current) dataset 1. */
    private static String what(int dataset, XYSeries series, int item) {
        if (series instanceof PublishedSeries ps) {
            PublishedPoint p = ps.point(item);
            return "published," + quote(p.model()) + "," + p.bound();
        }
        return dataset == 0 ? "model,," : "current design,,";
    }

    private static void category(CategoryPlot plot, Writer w) throws IOException {
        String q = quote(plot.getRangeAxis().getLabel());
        CategoryDataset ds = plot.getDataset();
        for (int r = 0; r < ds.getRowCount(); r++) {
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Number v = ds.getValue(r, c);
                w.write(q + "," + quote(ds.getRowKey(r).toString()) + "," + quote(ds.getColumnKey(c).toString())
                        + "," + (v == null ? "" : v) + ",model,,\n");
            }
        }
    }

    private static String quote(String s) {
        String t = s == null ? "" : s;
        return t.matches("[^,\"\n]*") ? t : "\"" + t.replace("\"", "\"\"") + "\"";
    }
}
