package org.romaexplorer.ui.files;

import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperSize;

/** Export sizes as the dialog returns them, for tests outside this package. */
public final class ExportDialogAccess {
    public ExportDialog.Size paper(PaperSize column) {
        return new ExportDialog.Size(1000, 600, 1, new StyleChoice.Look(FigureStyle.PAPER, column, false));
    }

    public static ExportDialog.Size screen(int width, int height) {
        return new ExportDialog.Size(width, height, 1);
    }

    /** The notice a finished background export shows over {@code owner}. */
    public static void finished(javafx.stage.Window owner, String text, java.nio.file.Path folder,
                                java.util.function.Consumer<java.nio.file.Path> open) {
        Finished.notify(owner, "Export all figures: done", text, folder, open);
    }
}
