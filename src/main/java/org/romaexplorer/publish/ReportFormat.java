package org.romaexplorer.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;

/**
 * The formats the published-number report is written in. Every format holds every row with its role,
 * its kind (value or which bound) and its error; the CSV and JSON keep full-precision numbers.
 */
public enum ReportFormat {
    TABLE("txt"), JSON("json"), CSV("csv"), MD("md"), HTML("html"), TEX("tex");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension, without the dot. */
    public String extension() { return extension; }

    /** The rows in this format; the table and the HTML page start with the assumption set. */
    public String render(List<ReportRow> rows) {
        return switch (this) {
            case TABLE -> "Assumption set: " + PaperReport.assumptions() + "\n" + ReportText.of(rows) + "\n";
            case JSON -> ReportJson.of(rows) + "\n";
            case CSV -> ReportCsv.of(rows);
            case MD -> ReportMarkdown.of(rows);
            case HTML -> ReportHtml.page(rows, PaperReport.assumptions());
            case TEX -> ReportTex.of(rows);
        };
    }

    /** A peer design's report in this format: its rows, assumption set, contradictions and unknowns. */
    public String render(org.romaexplorer.peers.PeerReport report) {
        return PeerReportFormat.render(this, report);
    }

    /** The fixed-width table alone (the golden file's format). */
    public static String text(List<ReportRow> rows) {
        return ReportText.of(rows);
    }

    /** The format named {@code name} (case-insensitive); a bad name fails naming {@code field}. */
    public static ReportFormat parse(String field, String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(field, "unknown format '" + name.trim() + "'; allowed: " + names());
        }
    }

    /** "table, json, csv, md, html, tex". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
