package org.romaexplorer.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.Caption;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.StyledFigures;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.report.PaperReport;

/**
 * One design as one self-contained HTML page: parameters, headline metrics and warnings, every figure as
 * inline SVG, the published-number report, every constant with unit and source, and the model's
 * assumptions and known contradictions with the paper (docs/paper-fit.md, bundled); with pinned designs,
 * a comparison of them ({@link PinnedDesigns}). Style sheet inline,
 * no script, no image or link to anywhere: it opens offline. The page is well-formed XML.
 */
public final class DesignReport {
    static final int FIGURE_WIDTH = 760;
    static final int FIGURE_HEIGHT = 470;
    private static final String CSS = ReportHtml.CSS + "h2{margin-top:2em;border-bottom:2px solid #0072B2}"
            + "figure{margin:1em 0}figcaption{font-size:0.9em;color:#444}ul.warn li{color:#b00020}"
            + "code{background:#f3f3f3;padding:0 0.2em}";

    private DesignReport() {}

    /** The page for {@code p}, loaded from {@code preset}; figures in {@code style}; nothing pinned. */
    public static String html(String preset, DesignPoint p, FigureStyle style) {
        return html(preset, p, style, Pins.NONE);
    }

    /** The page for {@code p} with a "Pinned designs" section comparing {@code pins} when there are any. */
    public static String html(String preset, DesignPoint p, FigureStyle style, Pins pins) {
        Metrics m = Evaluator.evaluate(p);
        String body = Html.el("h1", "ROMA design report: " + preset) + "\n" + Html.el("p", Caption.of(preset, p))
                + "\n" + warnings(p, m) + section("Parameters", parameters(p)) + section("Headline metrics", metrics(m))
                + PinnedDesigns.of(p, pins)
                + section("Figures", figures(p, style, pins))
                + section("The model against the paper", Html.el("p", "Assumption set: " + PaperReport.assumptions())
                        + ReportHtml.table(PaperReport.rows()))
                + section("Constants", constants()) + section("Assumptions and known contradictions", paperFit());
        return Html.page("ROMA design report: " + preset, CSS, body);
    }

    static String section(String title, String content) {
        return Html.el("h2", title) + "\n" + content;
    }

    private static String warnings(DesignPoint p, Metrics m) {
        List<String> w = DesignWarnings.of(p, m);
        if (w.isEmpty()) {
            return Html.el("p", "No warnings: the model fits the ROM and the context fits the SRAM.") + "\n";
        }
        StringBuilder sb = new StringBuilder("<ul class=\"warn\">");
        w.forEach(s -> sb.append(Html.el("li", s)));
        return sb.append("</ul>\n").toString();
    }

    /** Every parameter of the registry as the design has it: whole numbers exactly, choices by name. */
    private static String parameters(DesignPoint p) {
        StringBuilder sb = new StringBuilder(row("th", "Key", "Value", "Unit", "Meaning"));
        sb.append(row("td", "model", p.model().name(), "", "model shape (layers, heads, sizes from its config)"));
        for (Param k : Params.all()) {
            sb.append(row("td", k.key(), k.text(k.get(p)), k.unit(), k.name() + ": " + k.about()));
        }
        sb.append(row("td", "lora_targets", p.lora().targets().toString().toLowerCase(Locale.ROOT), "",
                "projections carrying LoRA adapters"));
        return table(sb);
    }

    /** Every metric of the registry: counts exactly, flags as true/false (as {@code eval --json}), amounts to 5 digits. */
    private static String metrics(Metrics m) {
        StringBuilder sb = new StringBuilder(row("th", "Metric", "Value", "Unit"));
        for (Metric x : Metric.all()) {
            Object v = x.boxed(m);
            sb.append(row("td", x.key(), v instanceof Double d ? ReportCells.num(d) : v instanceof Long n ? x.text(n) : String.valueOf(v), x.unit()));
        }
        return table(sb);
    }

    /** Every figure as the window draws it, the pinned designs included. */
    private static String figures(DesignPoint p, FigureStyle style, Pins pins) {
        StringBuilder sb = new StringBuilder();
        for (PaperFigure f : StyledFigures.all(p, style, null, pins.list())) {
            sb.append("<figure id=\"").append(f.id()).append("\">\n")
                    .append(ChartExport.svgElement(f.chart(), FIGURE_WIDTH, FIGURE_HEIGHT, "svg-" + f.id()))
                    .append('\n').append(Html.el("figcaption", f.title())).append("</figure>\n");
        }
        return sb.toString();
    }

    /** Every parameter's default (ROMA's value) with its unit and source. */
    private static String constants() {
        StringBuilder sb = new StringBuilder(row("th", "Key", "Default", "Unit", "Source", "Calibrated"));
        for (Param c : Params.all()) {
            sb.append(row("td", c.key(), c.text(c.value()), c.unit(), c.source(), c.calibrated() ? "yes" : "no"));
        }
        return table(sb);
    }

    /** docs/paper-fit.md as HTML, its headings under this page's h2. */
    static String paperFit() {
        try (InputStream in = DesignReport.class.getResourceAsStream("/docs/paper-fit.md")) {
            if (in == null) {
                return Html.el("p", "docs/paper-fit.md is not bundled with this build.");
            }
            return Markdown.html(new String(in.readAllBytes(), StandardCharsets.UTF_8), 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String row(String cell, String... values) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String v : values) {
            sb.append(Html.el(cell, v));
        }
        return sb.append("</tr>\n").toString();
    }

    static String table(StringBuilder rows) {
        return "<table>\n" + rows + "</table>\n";
    }
}
