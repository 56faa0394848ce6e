package org.romaexplorer.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.romaexplorer.ui.files.AppPrefs;

/** The main window on a test stage, with the tests' own preferences node (never the user's). */
final class TestWindow {
    private TestWindow() {}

    /** Shows a main window for {@code vm}; Monocle's headless screen is 1280×800, so stay within it. */
    static MainWindow show(Stage stage, ExplorerViewModel vm, double width, double height) {
        MainWindow w = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test")));
        stage.setScene(w.scene(width, height));
        stage.show();
        return w;
    }
}
