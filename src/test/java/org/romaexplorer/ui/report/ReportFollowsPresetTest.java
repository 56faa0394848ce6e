package org.romaexplorer.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.peers.Peers;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Report tab follows the loaded preset: a field design's own report and notes, ROMA's for ROMA's presets. */
@ExtendWith(ApplicationExtension.class)
class ReportFollowsPresetTest {
    private final SimpleStringProperty preset = new SimpleStringProperty("llama3.2-3b-int4");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ReportView(preset, page -> { }), 900, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ReportRow> table(FxRobot robot) {
        return robot.lookup("#report-table").queryAs(TableView.class);
    }

    @Test
    void aPeerPresetShowsItsRowsAssumptionsAndNotesAndROMAsComesBack(FxRobot robot) {
        assertThat(table(robot).getItems()).containsExactlyInAnyOrderElementsOf(PaperReport.rows());
        assertThat(robot.lookup("#report-notes").queryAs(TitledPane.class).isVisible()).isFalse();
        for (String name : Peers.presets()) {
            robot.interact(() -> preset.set(name));
            assertThat(table(robot).getItems())
                    .containsExactlyInAnyOrderElementsOf(Peers.of(name).orElseThrow().report().rows());
            assertThat(robot.lookup("#assumptions").queryAs(Label.class).getText()).contains("preset " + name);
            assertThat(robot.lookup("#report-notes").queryAs(TitledPane.class).isVisible()).isTrue();
        }
        robot.interact(() -> preset.set("my-design.json"));
        assertThat(table(robot).getItems()).containsExactlyInAnyOrderElementsOf(PaperReport.rows());
        assertThat(robot.lookup("#assumptions").queryAs(Label.class).getText()).startsWith("Assumption set: paper-fit");
    }
}
