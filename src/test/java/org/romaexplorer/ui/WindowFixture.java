package org.romaexplorer.ui;

import java.util.prefs.Preferences;
import org.romaexplorer.ui.files.AppPrefs;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A main window on a fresh view-model, headless, for tests that drive it as a whole. TestFX finds only the
 * test class's own {@code @Start} method, so each test class declares one that calls {@link #open}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowFixture {
    protected final ExplorerViewModel vm = new ExplorerViewModel();
    protected MainWindow window;

    void open(Stage stage) {
        window = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test")));
        // Monocle's headless screen is 1280×800: a larger window overflows its frame buffer.
        stage.setScene(window.scene(1200, 760));
        stage.show();
    }
}
