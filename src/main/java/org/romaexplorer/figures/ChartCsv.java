package org.romaexplorer.figures;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
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
import org.romaexplorer.io.Csv;

/**
 * A chart's data as CSV, one row per data item: quantity (the value axis' label, with its unit), series,
 * x or category (the column named by the x axis' label, with its unit), value, then what the row is
 * ({@code point}: model, published or current design) and, for a published point, the {@code model} it
 * belongs to and whether the paper's number is a {@code bound} (no, upper, lower). Reads whatever the
 * chart's datasets hold, so the file always matches the picture. The app's one CSV dialect ({@link Csv}).
 */
final class ChartCsv {
    private ChartCsv() {}

    static void write(JFreeChart chart, Writer w) throws IOException {
        CSVPrinter out = Csv.printer(w);
        out.printRecord("quantity", "series", xLabel(chart.getPlot()), "value", "point", "model", "bound");
        for (Plot p : leaves(chart.getPlot())) {
            if (p instanceof XYPlot xy) {
                xy(xy, out);
            } else if (p instanceof CategoryPlot cat) {
                category(cat, out);
            }
        }
        out.flush();
    }

    private static String xLabel(Plot p) {
        String label = p instanceof XYPlot xy ? xy.getDomainAxis().getLabel()
                : p instanceof CategoryPlot c ? c.getDomainAxis().getLabel() : null;
        return label == null || label.isBlank() ? "x" : label;
    }

    /** The plots that hold data: the subplots of a combined plot, else the plot itself. */
    static List<Plot> leaves(Plot p) {
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

    private static void xy(XYPlot plot, CSVPrinter out) throws IOException {
        String q = text(plot.getRangeAxis().getLabel());
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            for (int s = 0; ds != null && s < ds.getSeriesCount(); s++) {
                XYSeries series = ds instanceof XYSeriesCollection c ? c.getSeries(s) : null;
                for (int i = 0; i < ds.getItemCount(s); i++) {
                    List<String> row = new ArrayList<>(List.of(q, ds.getSeriesKey(s).toString(),
                            number(ds.getXValue(s, i)), number(ds.getYValue(s, i))));
                    row.addAll(what(d, series, i));
                    out.printRecord(row);
                }
            }
        }
    }

    /** point, model, bound of one XY item: lines are dataset 0, points (published or current) dataset 1. */
    private static List<String> what(int dataset, XYSeries series, int item) {
        if (series instanceof PublishedSeries ps) {
            PublishedPoint p = ps.point(item);
            return List.of("published", text(p.model()), p.bound());
        }
        return List.of(dataset == 0 ? "model" : "current design", "", "");
    }

    private static void category(CategoryPlot plot, CSVPrinter out) throws IOException {
        String q = text(plot.getRangeAxis().getLabel());
        CategoryDataset ds = plot.getDataset();
        for (int r = 0; r < ds.getRowCount(); r++) {
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Number v = ds.getValue(r, c);
                out.printRecord(q, ds.getRowKey(r).toString(), ds.getColumnKey(c).toString(),
                        v == null ? "" : number(v.doubleValue()), "model", "", "");
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Exact and never in exponent form, as every CSV of the app; empty for NaN. */
    private static String number(double v) {
        return Csv.number(v);
    }
}
