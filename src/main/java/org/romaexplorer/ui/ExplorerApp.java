package org.romaexplorer.ui;

import org.romaexplorer.ui.files.AppPrefs;
import org.romaexplorer.ui.files.LastDesign;
import org.romaexplorer.ui.history.Unsaved;
import org.romaexplorer.ui.window.WindowPlacement;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.romaexplorer.StartupLog;
import org.romaexplorer.io.PresetIo;

/** The ROMA Explorer window. Started by {@code org.romaexplorer.Main} or by {@code mvn javafx:run}. */
public class ExplorerApp extends Application {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final LastDesign last = LastDesign.user();
    private MainWindow window;
    private Stage stage;
    private AppPrefs prefs;

    @Override
    public void start(Stage stage) {
        StartupLog.trace("start");
        this.stage = stage;
        prefs = AppPrefs.user();
        window = new MainWindow(vm, prefs);
        window.setDocumentViewer(p -> getHostServices().showDocument(p.toUri().toString()));
        restorePreset(prefs);
        stage.setScene(window.scene(prefs.width(), prefs.height()));
        WindowPlacement.restore(stage, prefs);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> Unsaved.title(vm.presetNameProperty().get(),
                window.files().unsavedProperty().get()), vm.presetNameProperty(), window.files().unsavedProperty()));
        stage.setOnCloseRequest(e -> {
            if (!window.files().mayLeave(true)) {
                e.consume();
            }
        });
        StartupLog.trace("built");
        StartupTrace.shown(stage);
        stage.show();
        // The window's icon for task bars and switchers (the same as the desktop entry's), after the first frame.
        FirstFrame.after(stage.getScene(), () -> stage.getIcons().add(new Image("/icons/roma-dse.png")));
        // A preset named on the command line opens once the window is up: its questions and errors need it.
        getParameters().getRaw().stream().findFirst()
                .ifPresent(file -> FirstFrame.after(stage.getScene(), () -> window.files().openGiven(file)));
    }

    /** The last preset, then the design left unsaved at the last exit on top of it (one undo step). */
    private void restorePreset(AppPrefs prefs) {
        String lastPreset = prefs.lastPreset();
        if (lastPreset.startsWith("bundled:") && PresetIo.BUNDLED.contains(lastPreset.substring(8))) {
            window.files().bundled(lastPreset.substring(8));
        } else if (!lastPreset.isEmpty() && Files.isRegularFile(Path.of(lastPreset))) {
            window.files().openFile(Path.of(lastPreset));
        } else {
            window.files().bundled(PresetIo.BUNDLED.get(0));
        }
        window.undo().forget();
        last.read().filter(d -> !d.equals(vm.design())).ifPresent(d -> {
            vm.setDesign(d);
            vm.statusProperty().set("Restored the unsaved design of the last session (Ctrl+Z goes back to the preset)");
        });
    }

    /** Remembers the window's place and any unsaved design, however the app ends. */
    @Override
    public void stop() {
        if (stage != null && prefs != null) {
            WindowPlacement.save(stage, prefs);
        }
        if (window != null && window.files().unsavedProperty().get()) {
            last.keep(vm.design(), vm.presetNameProperty().get() + " (unsaved)");
        } else {
            last.forget();
        }
    }

    /** The view-model, for tests. */
    public ExplorerViewModel viewModel() { return vm; }

    MainWindow window() { return window; }

    public static void main(String[] args) {
        launch(args);
    }
}
