package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.romaexplorer.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme resolves every colour the window's controls look up: ControlsFX's RangeSlider (Design space) asks for
 * Modena's, and each one Primer lacked was a ClassCastException in the log, about 235 in one test run.
 */
public class ThemeCssWindowTest extends WindowFixture {
    private final List<String> css = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override public void publish(LogRecord r) {
            css.add(r.getLevel() + " " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override public void flush() { }

        @Override public void close() { }
    };

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("javafx.css").addHandler(handler);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("javafx.css").removeHandler(handler);
    }

    @Test
    void theDesignSpaceSlidersLogNoStyleErrorInEitherTheme(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "design-space-tab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#ds-sram-mb-range").moveBy(20, 0).moveBy(-40, 0);
        robot.interact(Theme::toggle);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(Theme::toggle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".range-slider").queryAll()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(css).isEmpty();
    }

    /** A finished export's notice (ControlsFX Notifications) in the theme's colours, its button opening the folder. */
    @Test
    void aFinishedExportIsNoticedWithAButtonThatOpensItsFolder(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("roma-notice");
        java.util.concurrent.atomic.AtomicReference<java.nio.file.Path> opened = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> org.romaexplorer.ui.files.ExportDialogAccess.finished(window.tabs().getScene().getWindow(),
                "Wrote 40 files to " + dir, dir, opened::set));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node bar = robot.lookup(".notification-bar").query();
        assertThat(robot.from(bar).lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("Wrote 40 files to " + dir));
        javafx.scene.control.Button open = robot.from(bar).lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Open folder".equals(b.getText())).queryAs(javafx.scene.control.Button.class);
        robot.interact(open::fire);
        assertThat(opened.get()).isEqualTo(dir);
        assertThat(css).isEmpty();
    }

    /** Placed anywhere (here a scene without the app's stylesheet, as a test or a dialog would), its colours resolve. */
    @Test
    void aRangeRowStyledOutsideTheWindowLogsNoStyleError(FxRobot robot) {
        robot.interact(() -> {
            Stage other = new Stage();
            var tab = new org.romaexplorer.ui.designspace.DesignSpaceTab(vm);
            other.setScene(new javafx.scene.Scene(new javafx.scene.control.TabPane(tab), 800, 600));
            other.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getStylesheets().isEmpty()).toList().forEach(javafx.stage.Window::hide));
        assertThat(css).isEmpty();
    }
}
