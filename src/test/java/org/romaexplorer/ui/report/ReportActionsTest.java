package org.romaexplorer.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.report.ReportRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Report tab copies its selected rows in each format and offers every format for export. */
@ExtendWith(ApplicationExtension.class)
class ReportActionsTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ReportView(), 1000, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReportRow> table(FxRobot robot) {
        return robot.lookup("#report-table").queryAs(TableView.class);
    }

    private MenuItem item(FxRobot robot, String menu, String id) {
        return robot.lookup("#" + menu).queryAs(MenuButton.class).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void copiesTheSelectedRowsAsMarkdown(FxRobot robot) {
        TableView<ReportRow> t = table(robot);
        robot.interact(() -> {
            t.getSelectionModel().select(0);
            t.getSelectionModel().select(2);
            item(robot, "report-copy", "report-copy-md").fire();
        });
        String md = clip(robot);
        assertThat(md.lines()).hasSize(4);
        assertThat(md).contains(t.getItems().get(0).id(), t.getItems().get(2).id()).doesNotContain(t.getItems().get(1).id() + " |");
    }

    @Test
    void ctrlCCopiesCsvWithAnHtmlTableBeside(FxRobot robot) {
        TableView<ReportRow> t = table(robot);
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            t.requestFocus();
            t.getSelectionModel().clearAndSelect(3);
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clip(robot).lines().toList()).hasSize(2).first().asString().startsWith("id,what,");
        String html = htmlClip(robot);
        assertThat(html).contains("<table class=\"report\">").contains(t.getItems().get(3).id());
    }

    @Test
    void exportOffersEveryFormat(FxRobot robot) {
        assertThat(robot.lookup("#report-export").queryAs(MenuButton.class).getItems()).extracting(MenuItem::getText)
                .containsExactly("as table", "as json", "as csv", "as md", "as html", "as tex");
    }

    private static String clip(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0];
    }

    private static String htmlClip(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getHtml());
        return out[0];
    }
}
