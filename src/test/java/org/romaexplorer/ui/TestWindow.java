package org.romaexplorer.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.romaexplorer.ui.files.AppPrefs;

/** The main window on a TestFX stage, with test preferences, sized for Monocle's 1280×800 screen. */
final class TestWindow {
    private TestWindow() {}

    static MainWindow show(Stage stage, ExplorerViewModel vm) {
        return show(stage, vm, 1200, 760);
    }

    static MainWindow show(Stage stage, ExplorerViewModel vm, double width, double height) {
        MainWindow window = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test")));
        stage.setScene(window.scene(width, height));
        stage.show();
        return window;
    }
}
