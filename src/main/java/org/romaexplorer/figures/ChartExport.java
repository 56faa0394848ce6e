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
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Writes a chart as PNG, SVG or PDF at a given size, or its data as CSV. No display needed. SVG and PDF
 * draw every string as vector outlines (JFreeSVG's and JFreePDF's {@code KEY_DRAW_STRING_TYPE} hint), so
 * the files reference no font at all: nothing to embed, and a submission checker finds no missing font.
 */
public final class ChartExport {
    /** The formats a chart can be written in; the name is the file extension. */
    public enum Format { PNG, SVG, PDF, CSV;
        public String extension() { return name().toLowerCase(Locale.ROOT); }
    }

    private ChartExport() {}

    /** Writes {@code chart} to {@code file} in {@code format}; width and height in pixels (points for PDF). */
    public static void write(JFreeChart chart, Format format, Path file, int width, int height) throws IOException {
        write(chart, format, file, width, height, 1);
    }

    /** As above; a PNG is drawn at width × height and scaled by {@code pngScale} (e.g. 300/72 for 300 dpi). */
    public static void write(JFreeChart chart, Format format, Path file, int width, int height, double pngScale)
            throws IOException {
        switch (format) {
            case PNG -> png(chart, file, width, height, pngScale);
            case SVG -> svg(chart, file, width, height);
            case PDF -> pdf(chart, file, width, height);
            case CSV -> csv(chart, file);
        }
    }

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        png(chart, file, width, height, 1);
    }

    public static void png(JFreeChart chart, Path file, int width, int height, double scale) throws IOException {
        if (scale == 1) {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
            return;
        }
        BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.scale(scale, scale);
        chart.draw(g, new Rectangle(0, 0, width, height));
        g.dispose();
        javax.imageio.ImageIO.write(img, "png", file.toFile());
    }

    /** A rendered image, e.g. for the clipboard. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        return chart.createBufferedImage(width, height);
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, svgDocument(chart, width, height), StandardCharsets.UTF_8);
    }

    /** The chart as a whole SVG document, text drawn as outlines. */
    public static String svgDocument(JFreeChart chart, int width, int height) {
        return svgGraphics(chart, width, height).getSVGDocument();
    }

    /**
     * The chart as one {@code <svg>} element to inline in an HTML page (no XML declaration). Its text stays
     * text (searchable, and a fifth of the size of outlines); a browser draws it with its own sans-serif.
     */
    public static String svgElement(JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(id);
    }

    private static SVGGraphics2D svgGraphics(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setGeomDoubleConverter(ChartExport::hundredths); // glyph outlines: about half the file size
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g;
    }

    public static void pdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() == null ? "ROMA Explorer chart" : chart.getTitle().getText());
        Page page = doc.createPage(new Rectangle(width, height));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, new Rectangle(0, 0, width, height));
        Files.write(file, doc.getPDFBytes());
    }

    public static void csv(JFreeChart chart, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ChartCsv.write(chart, w);
        }
    }

    /** A coordinate to 0.01 unit (1/7200 in for points): finer than any printer, half the digits. */
    static String hundredths(double v) {
        String s = Double.toString(Math.round(v * 100) / 100.0);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
