package org.romaexplorer.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.romaexplorer.figures.ChartExport.Format;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.StyledFigures;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * File → Export all figures: every figure, in every chosen format, in one look, into one folder, named
 * {@code <id>.<ext>} like the CLI's {@code figures}. Runs off the FX thread on fresh figures (the window's
 * charts are not touched); progress counts files; cancelling stops before the next file.
 */
final class ExportAllJob extends Task<Integer> {
    private final DesignPoint design;
    private final String preset;
    private final Path dir;
    private final Set<Format> formats;
    private final StyleChoice.Look look;
    private final List<org.romaexplorer.compare.Pin> pins;

    ExportAllJob(DesignPoint design, String preset, Path dir, Set<Format> formats, StyleChoice.Look look,
                 List<org.romaexplorer.compare.Pin> pins) {
        this.pins = List.copyOf(pins);
        this.design = design;
        this.preset = preset;
        this.dir = dir;
        this.formats = Set.copyOf(formats);
        this.look = look;
    }

    /**
     * Asks formats and look (opening on the look chosen last), then a folder, then runs the job in the background
     * with progress; the pinned designs are drawn as the window draws them.
     */
    static void ask(Window owner, ExplorerViewModel vm, AppPrefs prefs, List<org.romaexplorer.compare.Pin> pins,
                    java.util.function.Consumer<Path> open) {
        ExportAllDialog.Choice c = ExportAllDialog.ask(owner, prefs.exportLook()).orElse(null);
        if (c != null) {
            prefs.setExportLook(c.look());
        }
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export all figures into");
        java.io.File dir = c == null ? null : dc.showDialog(owner);
        if (dir != null) {
            BackgroundExport.start(owner, "Export all figures", new ExportAllJob(vm.design(),
                    vm.presetNameProperty().get(), dir.toPath(), c.formats(), c.look(), pins), vm.statusProperty()::set,
                    dir.toPath(), open);
        }
    }

    @Override
    protected Integer call() throws Exception {
        List<PaperFigure> figures = StyledFigures.exported(design, look.style(), FigureExports.caption(look, preset, design),
                pins);
        int total = figures.size() * formats.size();
        int done = 0;
        for (PaperFigure f : figures) {
            for (Format fmt : Format.values()) {
                if (!formats.contains(fmt) || isCancelled()) {
                    continue;
                }
                Path file = dir.resolve(f.id() + "." + fmt.extension());
                updateMessage("Writing " + file.getFileName() + " (" + (done + 1) + " of " + total + ")");
                StyledFigures.write(f, fmt, file, look.style(), look.column(), 0, 0);
                updateProgress(++done, total);
            }
        }
        updateMessage("Wrote " + done + " files to " + dir);
        return done;
    }
}
