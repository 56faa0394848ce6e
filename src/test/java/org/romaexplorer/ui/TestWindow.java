package org.romaexplorer.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.romaexplorer.ui.files.AppPrefs;

/** The main window on a TestFX stage, with test preferences, sized for Monocle's 1280×800 screen. */
final class TestWindow {
    private TestWindow() {}

    static MainWindow show(Stage stage, ExplorerViewModel vm) {
        MainWindow window = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test")));
        stage.setScene(window.scene(1200, 760));
        stage.show();
        return window;
    }
}
