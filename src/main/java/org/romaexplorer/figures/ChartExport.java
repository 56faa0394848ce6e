package org.romaexplorer.figures;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG, SVG or PDF at a given size, or its data as CSV. No display needed. */
public final class ChartExport {
    /** The formats a chart can be written in; the name is the file extension. */
    public enum Format { PNG, SVG, PDF, CSV;
        public String extension() { return name().toLowerCase(Locale.ROOT); }
    }

    private ChartExport() {}

    /** Writes {@code chart} to {@code file} in {@code format}; width and height in pixels (points for PDF). */
    public static void write(JFreeChart chart, Format format, Path file, int width, int height) throws IOException {
        switch (format) {
            case PNG -> png(chart, file, width, height);
            case SVG -> svg(chart, file, width, height);
            case PDF -> pdf(chart, file, width, height);
            case CSV -> csv(chart, file);
        }
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    /** A rendered image, e.g. for the clipboard. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
    }

    public static void pdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() == null ? "ROMA Explorer chart" : chart.getTitle().getText());
        Page page = doc.createPage(new Rectangle(width, height));
        PDFGraphics2D g = page.getGraphics2D();
        chart.draw(g, new Rectangle(0, 0, width, height));
        Files.write(file, doc.getPDFBytes());
    }

    public static void csv(JFreeChart chart, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ChartCsv.write(chart, w);
        }
    }
}
