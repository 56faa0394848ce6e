package org.romaexplorer.ui.files;

import org.romaexplorer.ui.ExplorerViewModel;
import org.romaexplorer.ui.ChartTabs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.io.HfConfig;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

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

    public FileActions(ExplorerViewModel vm, ChartTabs tabs, AppPrefs prefs, Supplier<Window> owner) {
        this.vm = vm;
        this.tabs = tabs;
        this.prefs = prefs;
        this.owner = owner;
    }

    void open() {
        Path p = choose("open", "Open preset", "*.json", false);
        if (p != null) {
            openFile(p);
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
            error("Cannot open " + file.getFileName(), "Problem: " + e.getMessage());
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
            error("Cannot save " + f.getFileName(), "Problem: " + e.getMessage());
        }
    }

    void importHf() {
        Path p = choose("hf", "Import Hugging Face config.json", "*.json", false);
        if (p == null) {
            return;
        }
        try {
            vm.setDesign(vm.design().withModel(HfConfig.read(p)));
            vm.statusProperty().set("Imported model shape from " + p);
        } catch (InvalidParameterException e) {
            error("Cannot import " + p.getFileName(), problem(e));
        } catch (RuntimeException e) {
            error("Cannot import " + p.getFileName(), "Problem: " + e.getMessage());
        }
    }

    void exportChart(ChartExport.Format format) {
        org.jfree.chart.JFreeChart chart = tabs.selectedChart().orElse(null);
        if (chart == null) {
            error("Nothing to export", "Select a tab with a chart first.");
            return;
        }
        ExportDialog.Size size = format == ChartExport.Format.CSV ? new ExportDialog.Size(1, 1, 1)
                : ExportDialog.ask(owner.get(), format.name()).orElse(null);
        Path p = size == null ? null : choose("export", "Export " + tabs.selectedTitle(), "*." + format.extension(), true);
        if (p == null) {
            return;
        }
        try {
            int w = format == ChartExport.Format.PNG ? size.pixelWidth() : size.width();
            int h = format == ChartExport.Format.PNG ? size.pixelHeight() : size.height();
            ChartExport.write(chart, format, p, w, h);
            vm.statusProperty().set("Exported " + p);
        } catch (IOException | RuntimeException e) {
            error("Cannot export", "Problem: " + e.getMessage());
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
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        Path dir = prefs.dir(kind);
        if (dir.toFile().isDirectory()) {
            fc.setInitialDirectory(dir.toFile());
        }
        var file = save ? fc.showSaveDialog(owner.get()) : fc.showOpenDialog(owner.get());
        if (file == null) {
            return null;
        }
        prefs.setDir(kind, file.toPath().toAbsolutePath().getParent());
        return file.toPath();
    }

    /** "Field: f" and "Problem: p", without the field repeated at the start of the message. */
    private static String problem(InvalidParameterException e) {
        String msg = e.getMessage().startsWith(e.field() + ": ") ? e.getMessage().substring(e.field().length() + 2)
                : e.getMessage();
        return "Field: " + e.field() + "\nProblem: " + msg;
    }

    private void error(String header, String content) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner.get());
        a.setTitle("ROMA Explorer");
        a.setHeaderText(header);
        a.setContentText(content);
        a.getDialogPane().setId("error-dialog");
        lastAlert = a;
        a.show();
    }

    /** The last error shown, for tests. */
    Alert lastAlert() { return lastAlert; }
}
