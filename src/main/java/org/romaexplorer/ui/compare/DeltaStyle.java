package org.romaexplorer.ui.compare;

import java.util.List;
import javafx.scene.Node;
import org.romaexplorer.compare.Delta.Verdict;

/**
 * Colours of a change through style classes of the theme's stylesheet (roma.css): "delta-better" (the
 * theme's success colour), "delta-worse" (danger), "delta-same" (muted), so both themes read well.
 */
final class DeltaStyle {
    private static final List<String> ALL = List.of("delta-better", "delta-worse", "delta-same");

    private DeltaStyle() {}

    static String of(Verdict v) {
        return switch (v) {
            case BETTER -> "delta-better";
            case WORSE -> "delta-worse";
            case SAME -> "delta-same";
        };
    }

    /** Gives {@code n} the class of {@code v}, or none when {@code v} is null (an empty table cell). */
    static void apply(Node n, Verdict v) {
        n.getStyleClass().removeAll(ALL);
        if (v != null) {
            n.getStyleClass().add(of(v));
        }
    }
}
