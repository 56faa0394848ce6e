package org.romaexplorer.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.report.ReportRow;
import org.romaexplorer.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Report tab as wide as it is in a 1280-px window (the parameters panel takes 470 px of it): the
 * verdict columns are on screen, whole (no "…"), and the largest error comes first.
 */
@ExtendWith(ApplicationExtension.class)
public class ReportViewTest {
    private static final double TAB_WIDTH_AT_1280 = 1280 - 470 - 10;

    @Start
    void start(Stage stage) {
        Theme.apply(); // the window's theme: its fonts and paddings decide what fits
        stage.setScene(new Scene(new ReportView(), TAB_WIDTH_AT_1280, 600));
        stage.show();
    }

    private TableView<ReportRow> table(FxRobot robot) {
        return robot.lookup("#report-table").queryTableView();
    }

    @Test
    void holdsKindAndRoleAreVisibleInA1280PxWindow(FxRobot robot) {
        TableView<ReportRow> t = table(robot);
        Bounds view = t.localToScreen(t.getBoundsInLocal());
        for (String name : new String[] {"Holds", "Kind", "Role"}) {
            Node header = robot.lookup(".column-header").match(n -> n.lookup(".label") instanceof Label l
                    && name.equals(l.getText())).query();
            Bounds b = header.localToScreen(header.getBoundsInLocal());
            assertThat(b.getMaxX()).as(name).isLessThanOrEqualTo(view.getMaxX());
        }
        java.util.Set<String> verdicts = java.util.Set.of("Published", "Error %", "Holds", "Kind", "Role");
        var cells = robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && verdicts.contains(c.getTableColumn().getText())
                && c.getText() != null).queryAllAs(javafx.scene.control.TableCell.class);
        assertThat(cells).hasSizeGreaterThan(40);
        assertThat(cells).allSatisfy(c -> assertThat(shown(c)).as("cell text not cut").isEqualTo(c.getText()));
    }

    /** The text the cell draws: its label's text, "…"-shortened when the column is too narrow. */
    private static String shown(javafx.scene.control.Labeled cell) {
        return cell.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    @Test
    void showsTheRowsThatDoNotHoldFirstThenTheLargestErrorFirst(FxRobot robot) {
        TableView<ReportRow> t = table(robot);
        assertThat(t.getSortOrder()).extracting(TableColumn::getText).containsExactly("Holds", "Error %");
        java.util.List<ReportRow> rows = t.getItems();
        int failing = (int) rows.stream().filter(r -> !r.holds()).count();
        assertThat(failing).as("the paper's contradictions are rows that do not hold").isPositive();
        assertThat(rows.subList(0, failing)).noneMatch(ReportRow::holds);
        for (java.util.List<ReportRow> group : java.util.List.of(rows.subList(0, failing), rows.subList(failing, rows.size()))) {
            for (int i = 1; i < group.size(); i++) {
                assertThat(size(group.get(i))).isLessThanOrEqualTo(size(group.get(i - 1)));
            }
        }
    }

    private static double size(ReportRow r) {
        return Double.isNaN(r.errorPct()) ? -1 : Math.abs(r.errorPct());
    }
}
