package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview's pin legend, the Compare tab, the Report tab and the help pages as the window shows them. */
public class TabsWindowTest extends WindowFixture {
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<LegendTitle> legends(JFreeChart c) {
        List<LegendTitle> out = new ArrayList<>();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof LegendTitle t) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void theOverviewsPinLegendFollowsThePinsAndItsSwatchIsTheBarsColour(FxRobot robot) {
        JFreeChart overview = window.tabs().figure("overview").chart();
        robot.interact(() -> window.compare().board().pinCurrent());
        robot.interact(() -> vm.setDesign(Knobs.SRAM_MB.set(vm.design(), 512)));
        robot.interact(() -> window.compare().board().pinCurrent());
        assertThat(legends(overview)).hasSize(1);
        LegendItemCollection items = legends(overview).get(0).getSources()[0].getLegendItems();
        assertThat(items.get(0).getLabel()).isEqualTo("current (solid)");
        assertThat(items.get(0).getFillPaint()).as("the current bars' own colour")
                .isEqualTo(((CategoryPlot) overview.getPlot()).getRenderer().getSeriesPaint(0));
        assertThat(items.getItemCount()).isEqualTo(3);
        robot.interact(() -> window.compare().board().remove(1));
        assertThat(legends(overview).get(0).getSources()[0].getLegendItems().getItemCount()).isEqualTo(2);
        robot.interact(() -> window.compare().board().remove(0));
        assertThat(legends(overview)).as("no pin, no pin legend").isEmpty();
    }

    @Test
    void theCompareTabSaysWhatToDoWithoutAPinAndReadsWholeWithOne(FxRobot robot) {
        select(robot, "compare-tab");
        Label hint = robot.lookup("#compare-hint").queryAs(Label.class);
        assertThat(hint.getText()).startsWith("Pin a design (Ctrl+B) to compare").doesNotContain("Change =");
        robot.interact(() -> window.compare().board().pinCurrent());
        robot.interact(() -> vm.setDesign(Knobs.SRAM_MB.set(vm.design(), 512)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.getText()).startsWith("Change = current − pinned");
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        List<TableCell<?, ?>> cells = cells(robot, table);
        assertThat(cells).hasSizeGreaterThan(40);
        for (TableCell<?, ?> c : cells) {
            assertThat(shown(c)).as("cell '%s' whole", c.getText()).isEqualTo(c.getText());
            assertThat(c.getAlignment().getVpos()).as("'%s' centred like its row", c.getText())
                    .isEqualTo(javafx.geometry.VPos.CENTER);
        }
        assertThat(cells).anySatisfy(c -> assertThat(c.getText()).isEqualTo("same"));
        assertThat(cells).noneSatisfy(c -> assertThat(c.getText()).isEqualTo("±0").matches(x ->
                isYesNoRow(c)));
    }

    private static boolean isYesNoRow(TableCell<?, ?> c) {
        Object item = c.getTableRow() == null ? null : c.getTableRow().getItem();
        return item instanceof org.romaexplorer.compare.Comparison.Row r && r.quantity().format().equals("yes/no");
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, TableView<?> table) {
        List<TableCell<?, ?>> out = new ArrayList<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> c && c.getText() != null && !c.getText().isEmpty() && c.isVisible()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text a labeled control draws: "…"-shortened when it does not fit. */
    static String shown(Labeled l) {
        return l.lookup(".text") instanceof javafx.scene.text.Text t ? t.getText() : "";
    }

    @Test
    void theReportTabSaysWhatItIsAndWhyRowsDoNotHoldAndCutsNoText(FxRobot robot) throws Exception {
        select(robot, "report-tab");
        TextFlow about = robot.lookup("#report-about").queryAs(TextFlow.class);
        String text = about.getChildren().stream().map(n -> n instanceof javafx.scene.text.Text t ? t.getText()
                : n instanceof Hyperlink h ? h.getText() : "").reduce("", String::concat);
        long failing = PaperReport.rows().stream().filter(r -> !r.holds()).count();
        assertThat(text).contains("the paper's own design and workload").contains("do not follow the design on the left")
                .contains(failing + " of " + PaperReport.rows().size() + " do not hold")
                .contains("the paper contradicting itself").contains("docs/paper-fit.md");
        AtomicReference<Path> opened = new AtomicReference<>();
        robot.interact(() -> {
            window.setDocBases(List.of(dir));
            window.setDocumentViewer(opened::set);
        });
        robot.clickOn("#report-paper-fit");
        assertThat(opened.get()).isNotNull();
        assertThat(Files.readString(opened.get())).isEqualTo(Files.readString(Path.of("docs/paper-fit.md")));
        @SuppressWarnings("unchecked")
        TableView<ReportRow> table = robot.lookup("#report-table").queryAs(TableView.class);
        for (Node h : table.lookupAll(".column-header .label")) {
            Labeled l = (Labeled) h;
            if (l.getText() != null && !l.getText().equals("What") && l.isVisible()) {
                assertThat(shown(l)).as("header " + l.getText()).isEqualTo(l.getText());
            }
        }
        List<TableCell<?, ?>> cells = cells(robot, table);
        for (TableCell<?, ?> c : cells) {
            if (!"What".equals(c.getTableColumn().getText())) {
                assertThat(shown(c)).as("cell '%s' whole", c.getText()).isEqualTo(c.getText());
            }
        }
        assertThat(cells).noneSatisfy(c -> assertThat(c.getText()).matches("[+-]\\d{4,}\\.\\d"));
        ReportRow margin = table.getItems().stream().filter(r -> r.errorPct() > 10_000).findFirst().orElseThrow();
        robot.interact(() -> table.scrollTo(margin));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot, table)).as("a bound held by far reads as a factor, not +51100.0")
                .anySatisfy(c -> assertThat(c.getText()).matches("×[0-9.,]+"))
                .noneSatisfy(c -> assertThat(c.getText()).matches("[+-]\\d{4,}\\.\\d"));
    }

    @Test
    void helpPagesOpenWhenNothingIsBesideTheJar(FxRobot robot) throws Exception {
        AtomicReference<Path> opened = new AtomicReference<>();
        robot.interact(() -> {
            window.setDocBases(List.of(dir)); // an empty folder: as beside a bare java -jar roma-dse.jar
            window.setDocumentViewer(opened::set);
        });
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem docs = bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "Documentation".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(docs::fire);
        assertThat(opened.get()).isNotNull().isRegularFile();
        assertThat(Files.readString(opened.get())).isEqualTo(Files.readString(Path.of("README.md")));
        opened.set(null);
        select(robot, "sensitivity-tab");
        robot.clickOn("#sensitivity-doc");
        assertThat(Files.readString(opened.get())).isEqualTo(Files.readString(Path.of("docs/uncertainty.md")));
        opened.set(null);
        MenuItem about = bar.getMenus().stream().filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> "about-item".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(about::fire);
        Hyperlink model = robot.lookup("#about-body .hyperlink").queryAs(Hyperlink.class);
        robot.interact(model::fire);
        assertThat(Files.readString(opened.get())).isEqualTo(Files.readString(Path.of("docs/model.md")));
        robot.interact(() -> model.getScene().getWindow().hide());
        assertThat(vm.statusProperty().get()).doesNotContain("is not");
    }
}
