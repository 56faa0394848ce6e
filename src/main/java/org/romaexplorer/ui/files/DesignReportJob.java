package org.romaexplorer.ui.files;

import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.stage.Window;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.io.AtomicFile;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.publish.DesignReport;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * File → Export design report: the design as one offline HTML page ({@link DesignReport}), built off the
 * FX thread and written whole ({@link AtomicFile}).
 */
final class DesignReportJob extends Task<Path> {
    private final DesignPoint design;
    private final String preset;
    private final Pins pins;
    private final Path file;

    DesignReportJob(DesignPoint design, String preset, Pins pins, Path file) {
        this.design = design;
        this.pins = pins;
        this.preset = preset.isBlank() ? "(unsaved)" : preset;
        this.file = file;
    }

    /**
     * Writes the design report of {@code vm}'s design, comparing the window's {@code pins}, to {@code file}
     * in the background, with progress.
     */
    static void start(Window owner, ExplorerViewModel vm, Pins pins, Path file, java.util.function.Consumer<Path> open) {
        BackgroundExport.start(owner, "Export design report",
                new DesignReportJob(vm.design(), vm.presetNameProperty().get(), pins, file), vm.statusProperty()::set,
                file.toAbsolutePath().getParent(), open);
    }

    @Override
    protected Path call() throws Exception {
        updateMessage("Drawing the figures and the report…");
        updateProgress(0, 2);
        String html = DesignReport.html(preset, design, FigureStyle.SCREEN, pins);
        updateProgress(1, 2);
        AtomicFile.writeString("design report", file, html);
        updateProgress(2, 2);
        updateMessage("Wrote " + file);
        return file;
    }
}
