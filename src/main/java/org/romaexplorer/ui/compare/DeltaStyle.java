package org.romaexplorer.ui.compare;

import org.romaexplorer.compare.Delta.Verdict;

/** Colours of a change: green for a welcome one, red for an unwelcome one, grey otherwise. */
final class DeltaStyle {
    private DeltaStyle() {}

    static String of(Verdict v) {
        return switch (v) {
            case BETTER -> "-fx-text-fill: #1b7f2a;";
            case WORSE -> "-fx-text-fill: #b00020;";
            case SAME -> "-fx-text-fill: #666;";
        };
    }
}
