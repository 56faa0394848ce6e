package org.romaexplorer.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import org.romaexplorer.figures.Caption;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.StyledFigures;
import org.romaexplorer.model.DesignPoint;

/**
 * Writes one of the paper's figures in a chosen look. The window's chart is never restyled: a paper style
 * or a caption is drawn on a fresh copy of the figure, filled for the same design.
 */
final class FigureExports {
    private FigureExports() {}

    /** Writes figure {@code id} for {@code design} (loaded as {@code preset}) in {@code size}'s look, {@code pins} drawn. */
    static void write(String id, DesignPoint design, String preset, ChartExport.Format format, Path file,
                      ExportDialog.Size size, java.util.List<org.romaexplorer.compare.Pin> pins) throws IOException {
        StyleChoice.Look look = size.look();
        PaperFigure f = StyledFigures.one(id, design, look.style(), caption(look, preset, design), pins);
        boolean png = format == ChartExport.Format.PNG;
        boolean paper = look.style() == FigureStyle.PAPER; // paper sizes come from the column
        StyledFigures.write(f, format, file, look.style(), look.column(),
                paper ? 0 : png ? size.pixelWidth() : size.width(), paper ? 0 : png ? size.pixelHeight() : size.height());
    }

    /** The caption text if one was asked for, else null. */
    static String caption(StyleChoice.Look look, String preset, DesignPoint design) {
        return look.caption() ? Caption.of(preset.isBlank() ? "(unsaved)" : preset, design) : null;
    }
}
