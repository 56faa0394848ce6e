package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.report.ReportRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Report tab in a 1280-px window: the verdict columns are on screen, the largest error comes first. */
@ExtendWith(ApplicationExtension.class)
public class ReportTabTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, new ExplorerViewModel(), 1280, 760);
    }

    private TableView<ReportRow> table(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(
                window.tabs().getTabs().stream().filter(t -> "report-tab".equals(t.getId())).findFirst().orElseThrow()));
        return robot.lookup("#report-table").queryTableView();
    }

    @Test
    void holdsKindAndRoleAreVisibleAt1280Px(FxRobot robot) {
        TableView<ReportRow> t = table(robot);
        Bounds view = t.localToScreen(t.getBoundsInLocal());
        for (String name : new String[] {"Holds", "Kind", "Role"}) {
            Node header = robot.lookup(".column-header").match(n -> n.lookup(".label") instanceof javafx.scene.control.Label l
                    && name.equals(l.getText())).query();
            Bounds b = header.localToScreen(header.getBoundsInLocal());
            assertThat(b.getMaxX()).as(name).isLessThanOrEqualTo(view.getMaxX());
        }
    }

    @Test
    void sortsByTheSizeOfTheErrorLargestFirst(FxRobot robot) {
        TableView<ReportRow> t = table(robot);
        TableColumn<ReportRow, ?> sorted = t.getSortOrder().get(0);
        assertThat(sorted.getText()).isEqualTo("Error %");
        double first = Math.abs(t.getItems().get(0).errorPct());
        assertThat(t.getItems()).allSatisfy(r -> assertThat(Double.isNaN(r.errorPct()) || Math.abs(r.errorPct()) <= first).isTrue());
    }
}
