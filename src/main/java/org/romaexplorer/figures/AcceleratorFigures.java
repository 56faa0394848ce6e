package org.romaexplorer.figures;

import java.util.List;
import org.romaexplorer.model.DesignPoint;

/**
 * The Compare-accelerators figures ({@link AcceleratorBars}, {@link AcceleratorProfile}), drawn on a reference design:
 * its model, weight format, node and workload are what every design is normalized to. They are exported with every
 * other figure ({@code figures}, File › Export all figures) but shown on the Accelerators tab, beside its tables,
 * rather than on a tab each, and take no pinned designs.
 */
public final class AcceleratorFigures {
    private AcceleratorFigures() {}

    /** New instances, bars first. */
    public static List<PaperFigure> all() {
        return List.of(new AcceleratorBars(), new AcceleratorProfile());
    }

    /** Both, filled for {@code reference} and styled for export. */
    public static List<PaperFigure> styled(DesignPoint reference, FigureStyle style) {
        List<PaperFigure> all = all();
        for (PaperFigure f : all) {
            f.update(reference);
            style.apply(f.chart(), null);
        }
        return all;
    }
}
