package org.romaexplorer.peers;

import java.util.List;
import org.romaexplorer.report.ReportRow;

/**
 * One design's public numbers against the model, with what they cannot settle: the rows (at most three
 * calibration rows, the rest validation and {@code claim} rows; each row's {@code what} names its source), the
 * assumption set the rows are computed under, and the design's contradictions and unknowns in plain words.
 *
 * @param design         the design's name ("TOM")
 * @param preset         its bundled preset
 * @param assumptions    the assumption set, one line
 * @param rows           the report rows
 * @param contradictions where the public record disagrees with itself or with the model
 * @param unknowns       what the public record does not say, and what the preset chose instead
 */
public record PeerReport(String design, String preset, String assumptions, List<ReportRow> rows,
                         List<String> contradictions, List<String> unknowns) {
    public PeerReport {
        rows = List.copyOf(rows);
        contradictions = List.copyOf(contradictions);
        unknowns = List.copyOf(unknowns);
    }

    /** The rows of one role. */
    public List<ReportRow> rows(ReportRow.Role role) {
        return rows.stream().filter(r -> r.role() == role).toList();
    }
}
