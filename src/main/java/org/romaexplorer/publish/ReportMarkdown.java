package org.romaexplorer.publish;

import java.util.List;
import org.romaexplorer.report.ReportRow;

/** The report as a GitHub-flavoured Markdown table, one line per row; pipes in cells are escaped. */
final class ReportMarkdown {
    private ReportMarkdown() {}

    static String of(List<ReportRow> rows) {
        StringBuilder sb = new StringBuilder(line(ReportCells.HEADINGS));
        sb.append("|---|---|---|---|--:|--:|--:|---|--:|---|---|---|\n");
        rows.forEach(r -> sb.append(line(ReportCells.display(r))));
        return sb.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        cells.forEach(c -> sb.append(' ').append(c.replace("|", "\\|")).append(" |"));
        return sb.append('\n').toString();
    }
}
