package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.ui.files.AppPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The File menu offers the whole-design exports next to the single-chart ones. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(new ExplorerViewModel(),
                new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test-export")));
        stage.setScene(window.scene(1200, 760));
        stage.show();
    }

    @Test
    void fileMenuHasExportAllAndDesignReport(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().get(0).getItems()).extracting(MenuItem::getText)
                .contains("Export all figures…", "Export design report…", "Export data CSV…");
    }
}
