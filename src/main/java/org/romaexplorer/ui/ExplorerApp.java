package org.romaexplorer.ui;

import org.romaexplorer.ui.files.AppPrefs;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.romaexplorer.io.PresetIo;

/** The ROMA Explorer window. Started by {@code org.romaexplorer.Main} or by {@code mvn javafx:run}. */
public class ExplorerApp extends Application {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private MainWindow window;
    private Stage stage;
    private AppPrefs prefs;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        prefs = AppPrefs.user();
        window = new MainWindow(vm, prefs);
        Scene scene = window.scene(prefs.width(), prefs.height());
        stage.setTitle("ROMA Explorer");
        stage.setScene(scene);
        StartupTrace.shown(stage);
        // A bundled preset loads before show, so that the first frame already shows it (no blank or stale frame);
        // a file after show: an error about the file then has the window as its owner.
        boolean fromFile = !prefs.lastPreset().isEmpty() && !prefs.lastPreset().startsWith("bundled:");
        if (!fromFile) {
            restorePreset(prefs);
        }
        stage.show();
        if (fromFile) {
            restorePreset(prefs);
        }
        StartupTrace.painted(scene);
    }

    private void restorePreset(AppPrefs prefs) {
        String last = prefs.lastPreset();
        if (last.startsWith("bundled:") && PresetIo.BUNDLED.contains(last.substring(8))) {
            window.files().bundled(last.substring(8));
        } else if (!last.isEmpty() && Files.isRegularFile(Path.of(last))) {
            window.files().openFile(Path.of(last));
        } else {
            window.files().bundled(PresetIo.BUNDLED.get(0));
        }
    }

    /** Remembers the window size, however the app ends (window closed or File › Quit). */
    @Override
    public void stop() {
        if (stage != null && prefs != null && stage.getWidth() > 0) {
            prefs.setSize(stage.getWidth(), stage.getHeight());
        }
    }

    /** The view-model, for tests. */
    public ExplorerViewModel viewModel() { return vm; }

    MainWindow window() { return window; }

    public static void main(String[] args) {
        launch(args);
    }
}
