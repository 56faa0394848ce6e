package org.romaexplorer.ui.files;

import org.romaexplorer.ui.ExplorerViewModel;
import org.romaexplorer.ui.ChartTabs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import org.romaexplorer.ui.history.Unsaved;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.io.HfConfig;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.ui.history.DesignState;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.OneLine;

/**
 * The File menu's actions. Reading a file either fully succeeds or leaves the state as it was and shows an
 * alert naming the field and the problem.
 */
public final class FileActions {
    private final ExplorerViewModel vm;
    private final ChartTabs tabs;
    private final AppPrefs prefs;
    private final Supplier<Window> owner;
    private Alert lastAlert;
    private final BooleanBinding unsaved;
    private BiFunction<String, Boolean, DiscardDialog.Choice> asker;
    private Supplier<Pins> pins = () -> Pins.NONE;
    private BiFunction<FileChooser, Boolean, java.io.File> chooser;
    private java.util.function.Consumer<Path> folderOpener = p -> { };

    public FileActions(ExplorerViewModel vm, ChartTabs tabs, AppPrefs prefs, Supplier<Window> owner) {
        this.vm = vm;
        this.tabs = tabs;
        this.prefs = prefs;
        this.owner = owner;
        this.unsaved = Unsaved.of(vm);
        this.asker = (name, quitting) -> DiscardDialog.ask(owner.get(), name, quitting);
        this.chooser = (fc, save) -> save ? fc.showSaveDialog(owner.get()) : fc.showOpenDialog(owner.get());
    }

    /**
     * Whether the current design may be left: true when saved, or when the user saves, keeps (quitting) or
     * discards it. Discarding on quit goes back to the preset, so nothing is kept for the next start.
     */
    public boolean mayLeave(boolean quitting) {
        if (!unsaved.get()) {
            return true;
        }
        switch (asker.apply(vm.presetNameProperty().get(), quitting)) {
            case SAVE -> save();
            case KEEP -> { return true; }
            case DISCARD -> {
                if (quitting) {
                    vm.resetToPreset();
                }
                return true;
            }
            default -> { return false; }
        }
        return !unsaved.get();
    }

    /** Quits after {@link #mayLeave}. */
    void quit() {
        if (mayLeave(true)) {
            Platform.exit();
        }
    }

    /** Where File → Export design report finds the window's pinned designs (none until this is called). */
    public void setPins(Supplier<Pins> pins) { this.pins = pins; }

    /** How a finished export's "Open folder" opens it (the app passes its host services). */
    public void setFolderOpener(java.util.function.Consumer<Path> open) { this.folderOpener = open; }

    /** Replaces the system's file dialog (tests read what it was asked and answer with a file). */
    public void setChooser(BiFunction<FileChooser, Boolean, java.io.File> chooser) { this.chooser = chooser; }

    /** Replaces the question about unsaved changes (tests answer it without a dialog). */
    public void setAsker(BiFunction<String, Boolean, DiscardDialog.Choice> asker) { this.asker = asker; }

    public BooleanBinding unsavedProperty() { return unsaved; }

    void open() {
        if (!mayLeave(false)) {
            return;
        }
        Path p = choose("open", "Open preset", "*.json", false);
        if (p != null) {
            openFile(p);
        }
    }

    /**
     * Opens a preset given from outside the menu (dropped on the window, or named on the command line) as
     * File › Open does: asking first when there are unsaved changes.
     */
    public void openGiven(Path file) {
        if (mayLeave(false)) {
            openFile(file);
        }
    }

    /** {@link #openGiven(Path)} for a path as typed on the command line; one that is no path is an error shown. */
    public void openGiven(String path) {
        try {
            openGiven(Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            error("Cannot open " + path, "Field: file\nProblem: not a valid path (" + e.getReason() + ")");
        }
    }

    /** Loads a preset file; on any problem the state stays as it was. */
    public void openFile(Path file) {
        try {
            DesignPoint p = PresetIo.read(file);
            vm.load(p, file.getFileName().toString(), file);
            prefs.addRecent(file.toAbsolutePath());
            prefs.setLastPreset(file.toAbsolutePath().toString());
            vm.statusProperty().set("Opened " + file);
        } catch (InvalidParameterException e) {
            error("Cannot open " + file.getFileName(), problem(e));
        } catch (IOException | RuntimeException e) {
            error("Cannot open " + file.getFileName(), problem(e));
        }
    }

    public void bundled(String name) {
        vm.load(PresetIo.bundled(name), name, null);
        prefs.setLastPreset("bundled:" + name);
    }

    void save() {
        Path f = vm.fileProperty().get();
        if (f == null) {
            saveAs();
        } else {
            write(f);
        }
    }

    void saveAs() {
        Path p = choose("open", "Save preset", "*.json", true);
        if (p != null) {
            write(p.toString().endsWith(".json") ? p : Path.of(p + ".json"));
        }
    }

    private void write(Path f) {
        try {
            String name = f.getFileName().toString().replaceFirst("\\.json$", "");
            PresetIo.write(vm.design(), name, f);
            vm.load(vm.design(), f.getFileName().toString(), f);
            prefs.addRecent(f.toAbsolutePath());
            vm.statusProperty().set("Saved " + f);
        } catch (IOException | RuntimeException e) {
            error("Cannot save " + f.getFileName(), problem(e));
        }
    }

    void importHf() {
        Path p = choose("hf", "Import Hugging Face config.json", "*.json", false);
        if (p == null) {
            return;
        }
        try {
            importModel(HfConfig.read(p), p);
        } catch (InvalidParameterException e) {
            error("Cannot import " + p.getFileName(), problem(e));
        } catch (RuntimeException e) {
            error("Cannot import " + p.getFileName(), problem(e));
        }
    }

    /**
     * Puts {@code m} in the design as one undo step; the status bar names the model and the preset it sits
     * on, and the status line says which settings carried over from the previous design.
     */
    public void importModel(ModelShape m, Path from) {
        DesignState s = vm.state();
        String base = s.name().replaceFirst(" \\+ .* \\(imported\\)$", "");
        vm.restore(new DesignState(s.design().withModel(m), s.preset(), base + " + " + m.name() + " (imported)", s.file()));
        DesignPoint d = vm.design();
        vm.statusProperty().set(String.format("Imported %s from %s (%d layers, hidden %d). Carried over from the"
                + " previous design: base %d-bit, KV %d-bit, LoRA rank %d at %d-bit; change them on the sliders.",
                m.name(), from.getFileName(), m.numLayers(), m.hiddenSize(), d.quant().baseBits(), d.kvBits(),
                d.lora().rank(), d.lora().bits()));
    }

    void exportChart(ChartExport.Format format) {
        org.jfree.chart.JFreeChart chart = tabs.selectedChart().orElse(null);
        if (chart == null) {
            error("Nothing to export", "Select a tab with a chart first.");
            return;
        }
        var figure = tabs.selectedFigure();
        ExportDialog.Size size = format == ChartExport.Format.CSV ? new ExportDialog.Size(1, 1, 1)
                : ExportDialog.ask(owner.get(), format.name(), chart, figure.isPresent(), prefs.exportLook()).orElse(null);
        if (size == null) {
            return;
        }
        if (figure.isPresent() && format != ChartExport.Format.CSV) {
            prefs.setExportLook(size.look());
        }
        Path p = choose("export", "Export " + tabs.selectedTitle(), "*." + format.extension(), true,
                suggestedName(format));
        if (p != null) {
            exportTo(format, size, p);
        }
    }

    /**
     * The shown chart as File › Export writes it, without the dialogs: a paper figure in {@code size}'s look,
     * with the pinned designs as the window draws them; any other chart (or the screen look) as it is on screen.
     */
    public void exportTo(ChartExport.Format format, ExportDialog.Size size, Path p) {
        org.jfree.chart.JFreeChart chart = tabs.selectedChart().orElse(null);
        if (chart == null) {
            return;
        }
        var figure = tabs.selectedFigure();
        try {
            int w = format == ChartExport.Format.PNG ? size.pixelWidth() : size.width();
            int h = format == ChartExport.Format.PNG ? size.pixelHeight() : size.height();
            if (figure.isPresent() && size.look() != StyleChoice.Look.SCREEN) {
                FigureExports.write(figure.get().id(), vm.design(), vm.presetNameProperty().get(), format, p, size,
                        pins.get().list());
            } else {
                ChartExport.write(chart, format, p, w, h);
            }
            vm.statusProperty().set("Exported " + p);
        } catch (IOException | RuntimeException e) {
            error("Cannot export", problem(e));
        }
    }

    /** "fig10-llama3.2-3b-int4.png": the shown chart's id and the preset, as a file name. */
    String suggestedName(ChartExport.Format format) {
        String what = tabs.selectedFigure().map(f -> f.id()).orElseGet(() -> {
            var tab = tabs.getSelectionModel().getSelectedItem();
            return tab == null || tab.getId() == null ? "chart" : tab.getId().replaceFirst("-tab$", "");
        });
        String preset = vm.presetNameProperty().get().replaceFirst("\\.json$", "")
                .replaceFirst(" \\(imported\\)$", "").replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return what + (preset.isEmpty() ? "" : "-" + preset) + "." + format.extension();
    }

    /** File → Export all figures: formats and look, a folder, then a background job with progress. */
    void exportAll() {
        ExportAllJob.ask(owner.get(), vm, prefs, pins.get().list(), folderOpener);
    }

    /** File → Export design report: one offline HTML page, written in the background. */
    void exportDesignReport() {
        Path p = choose("export", "Export design report", "*.html", true);
        if (p != null) {
            DesignReportJob.start(owner.get(), vm, pins.get(), p.toString().endsWith(".html") ? p : Path.of(p + ".html"),
                    folderOpener);
        }
    }

    void copyChart() {
        tabs.selectedChart().ifPresent(chart -> {
            ClipboardContent c = new ClipboardContent();
            c.putImage(SwingFXUtils.toFXImage(ChartExport.image(chart, 1000, 600), null));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            vm.statusProperty().set("Copied " + tabs.selectedTitle() + " to the clipboard");
        });
    }

    private Path choose(String kind, String title, String pattern, boolean save) {
        return choose(kind, title, pattern, save, null);
    }

    /** A file chosen in the system's dialog; {@code name}, if given, is offered as the file's name. */
    private Path choose(String kind, String title, String pattern, boolean save, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        if (name != null) {
            fc.setInitialFileName(name);
        }
        Path dir = prefs.dir(kind);
        if (dir.toFile().isDirectory()) {
            fc.setInitialDirectory(dir.toFile());
        }
        var file = chooser.apply(fc, save);
        if (file == null) {
            return null;
        }
        prefs.setDir(kind, file.toPath().toAbsolutePath().getParent());
        return file.toPath();
    }

    /** "Field: f" and "Problem: p", without the field repeated at the start of the message. */
    private static String problem(InvalidParameterException e) {
        return "Field: " + e.field() + "\nProblem: " + e.problem();
    }

    /** "Problem: p", on one line whatever the exception's message holds. */
    private static String problem(Exception e) {
        return "Problem: " + OneLine.of(e.getMessage());
    }

    private void error(String header, String content) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner.get());
        a.setTitle("ROMA Explorer");
        a.setHeaderText(OneLine.of(header));
        a.setContentText(content);
        a.getDialogPane().setId("error-dialog");
        lastAlert = a;
        a.show();
    }

    /** The last error shown, for tests. */
    Alert lastAlert() { return lastAlert; }
}
