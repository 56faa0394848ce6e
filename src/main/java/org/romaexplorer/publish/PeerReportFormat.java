package org.romaexplorer.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.io.JsonMappers;
import org.romaexplorer.peers.PeerReport;
import org.romaexplorer.report.ReportRow;

/**
 * A peer design's report ({@link PeerReport}) in each {@link ReportFormat}: the same row table as ROMA's report,
 * after the design's name and assumption set, and followed by its contradictions and unknowns. JSON is an object
 * (design, preset, assumptions, rows, contradictions, unknowns); CSV holds the rows only (RFC 4180 has no place for
 * notes); LaTeX adds the notes as an itemized list after the table.
 */
final class PeerReportFormat {
    private PeerReportFormat() {}

    static String render(ReportFormat f, PeerReport r) {
        return switch (f) {
            case TABLE -> "Design: " + r.design() + " (preset " + r.preset() + ")\nAssumption set: " + r.assumptions()
                    + "\n" + ReportText.of(r.rows()) + "\n\n" + notes(r, "", "- ");
            case JSON -> json(r) + "\n";
            case CSV -> ReportCsv.of(r.rows());
            case MD -> "# " + r.design() + ": public numbers against the model\n\nPreset `" + r.preset()
                    + "`. Assumption set: " + r.assumptions() + "\n\n" + ReportMarkdown.of(r.rows()) + "\n"
                    + notes(r, "## ", "- ");
            case HTML -> html(r);
            case TEX -> ReportTex.of(r.rows()) + tex(r);
        };
    }

    /** Contradictions and unknowns under their headings, one item a line. */
    private static String notes(PeerReport r, String heading, String bullet) {
        StringBuilder sb = new StringBuilder();
        section(sb, heading + "Contradictions", r.contradictions(), bullet);
        sb.append('\n');
        section(sb, heading + "Unknowns", r.unknowns(), bullet);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<String> items, String bullet) {
        sb.append(title).append(title.startsWith("#") ? "\n\n" : ":\n");
        items.forEach(i -> sb.append(bullet).append(i).append('\n'));
    }

    private static String json(PeerReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("design", r.design());
        m.put("preset", r.preset());
        m.put("assumptions", r.assumptions());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReportRow row : r.rows()) {
            rows.add(ReportJson.asMap(row));
        }
        m.put("rows", rows);
        m.put("contradictions", r.contradictions());
        m.put("unknowns", r.unknowns());
        return JsonMappers.pretty(m);
    }

    private static String html(PeerReport r) {
        StringBuilder body = new StringBuilder(Html.el("h1", r.design() + ": public numbers against the model")).append('\n')
                .append(Html.el("p", "Preset " + r.preset() + ". Assumption set: " + r.assumptions())).append('\n')
                .append(ReportHtml.table(r.rows()));
        list(body, "Contradictions", r.contradictions());
        list(body, "Unknowns", r.unknowns());
        return Html.page("ROMA Explorer: " + r.design() + " against the model", ReportHtml.CSS, body.toString());
    }

    private static void list(StringBuilder sb, String title, List<String> items) {
        sb.append(Html.el("h2", title)).append("\n<ul>\n");
        items.forEach(i -> sb.append(Html.el("li", i)).append('\n'));
        sb.append("</ul>\n");
    }

    private static String tex(PeerReport r) {
        StringBuilder sb = new StringBuilder();
        for (String title : List.of("Contradictions", "Unknowns")) {
            List<String> items = title.equals("Contradictions") ? r.contradictions() : r.unknowns();
            sb.append("\\paragraph{").append(title).append("}\n\\begin{itemize}\n");
            items.forEach(i -> sb.append("\\item ").append(ReportTex.esc(i)).append('\n'));
            sb.append("\\end{itemize}\n");
        }
        return sb.toString();
    }
}
