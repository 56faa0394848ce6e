package org.romaexplorer.publish;

import java.util.List;
import org.romaexplorer.report.ReportRow;

/** The report as an HTML table (a fragment for the design report, or a page of its own). */
public final class ReportHtml {
    static final String CSS = "body{font-family:sans-serif;margin:2em;max-width:80em}"
            + "table{border-collapse:collapse;font-size:0.85em}"
            + "th,td{border-bottom:1px solid #ccc;padding:0.25em 0.5em;text-align:left;vertical-align:top}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "tr.fails td.err{color:#b00020;font-weight:bold}tr.holds td.err{color:#1b7f2a}";

    private ReportHtml() {}

    /** A page holding the assumption line and the table. */
    static String page(List<ReportRow> rows, String assumptions) {
        return Html.page("ROMA Explorer: the model against the paper", CSS,
                Html.el("h1", "The model against the paper") + "\n" + Html.el("p", "Assumption set: " + assumptions)
                        + "\n" + table(rows));
    }

    /** The table: a heading row, one row per report row, the error coloured by whether the row holds. */
    public static String table(List<ReportRow> rows) {
        StringBuilder sb = new StringBuilder("<table class=\"report\">\n<thead><tr>");
        ReportCells.HEADINGS.forEach(h -> sb.append(Html.el("th", h)));
        sb.append("</tr></thead>\n<tbody>\n");
        for (ReportRow r : rows) {
            sb.append("<tr class=\"").append(r.holds() ? "holds" : "fails").append("\">");
            List<String> cells = ReportCells.display(r);
            for (int i = 0; i < cells.size(); i++) {
                sb.append("<td").append(cssClass(i)).append('>').append(Html.esc(cells.get(i))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }

    private static String cssClass(int column) {
        String name = ReportCells.COLUMNS.get(column);
        if (name.equals("error_pct")) {
            return " class=\"n err\"";
        }
        return List.of("x", "published", "modeled").contains(name) ? " class=\"n\"" : "";
    }
}
