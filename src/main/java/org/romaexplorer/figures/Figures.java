package org.romaexplorer.figures;

import java.util.List;

/** Every figure, in tab order. */
public final class Figures {
    private Figures() {}

    /** New instances of all figures: overview first, then the paper's figures in order, then serving (issue 21), then cost (docs/cost.md). */
    public static List<PaperFigure> all() {
        return List.of(new OverviewFigure(), new Fig2Density(), new Fig6Prefill(), new Fig7Decode(), new Fig8Rank(),
                new Fig9Generation(), new Fig10MaxTokens(), new Fig11Breakdown(), new Fig12LUnit(), new ServingFigure(),
                new AdaptersFigure(), new CostFigure());
    }
}
