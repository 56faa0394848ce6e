package org.romaexplorer.publish;

import org.romaexplorer.compare.Comparison;
import org.romaexplorer.compare.Comparison.Row;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.model.DesignPoint;

/**
 * The design report's "Pinned designs" section: the window's comparison table ({@link Comparison}) as
 * HTML, every quantity of the current design next to each pinned design and the change from it to the
 * current design, the same columns as the Compare tab. No pins, no section.
 */
final class PinnedDesigns {
    private PinnedDesigns() {}

    /** The section's content, or the empty string when nothing is pinned. */
    static String of(DesignPoint current, Pins pins) {
        if (pins.size() == 0) {
            return "";
        }
        Comparison c = Comparison.of(current, pins);
        StringBuilder sb = new StringBuilder(DesignReport.row("th", head(c)));
        for (Row r : c.rows()) {
            sb.append(DesignReport.row("td", cells(c, r)));
        }
        return DesignReport.section("Pinned designs", Html.el("p", "Changes are from each pinned design to this "
                + "report's design; " + pins.get(0).name() + " is the baseline (pinned first).")
                + DesignReport.table(sb));
    }

    private static String[] head(Comparison c) {
        String[] h = new String[3 + 2 * c.pins().size()];
        h[0] = "Quantity";
        h[1] = "Unit";
        h[2] = "Current";
        for (int i = 0; i < c.pins().size(); i++) {
            Pin p = c.pins().get(i);
            h[3 + 2 * i] = p.name();
            h[4 + 2 * i] = "Change vs " + p.name();
        }
        return h;
    }

    private static String[] cells(Comparison c, Row r) {
        String[] cells = new String[3 + 2 * c.pins().size()];
        cells[0] = r.quantity().name();
        cells[1] = r.quantity().unit();
        cells[2] = r.quantity().text(r.current());
        for (int i = 0; i < c.pins().size(); i++) {
            cells[3 + 2 * i] = r.quantity().text(r.pinned().get(i));
            cells[4 + 2 * i] = r.quantity().text(r.deltas().get(i));
        }
        return cells;
    }
}
