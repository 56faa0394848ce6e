package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.compare.Delta;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.compare.Quantity;
import org.romaexplorer.figures.Fig7Decode;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.ui.compare.PinBoard;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare designs in the window: pin with Ctrl+B, overlays on the charts, deltas in the headline, the table. */
@ExtendWith(ApplicationExtension.class)
public class CompareTest extends WindowFixture {
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private PinBoard board() { return window.compare().board(); }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** Pins the design with Ctrl+B, then doubles the SRAM with the slider. */
    private void pinThenDoubleSram(FxRobot robot) {
        robot.clickOn("#maxTokens").press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> sram.setValue(576));
    }

    @Test
    void ctrlBPinsTheDesignAsTheBaselineAndTheStripNamesIt(FxRobot robot) {
        assertThat(robot.lookup("#area-delta").queryAs(Label.class).isVisible()).isFalse();
        pinThenDoubleSram(robot);
        assertThat(board().pins().size()).isEqualTo(1);
        assertThat(board().pins().get(0).design().hw().sramBytes()).isEqualTo(288L << 20);
        assertThat(text(robot, "pin-0")).isEqualTo("A (baseline)");
    }

    @Test
    void theHeadlineShowsWhatDoublingTheSramCost(FxRobot robot) {
        pinThenDoubleSram(robot);
        Pin a = board().pins().get(0);
        Metrics now = Evaluator.evaluate(vm.design());
        String area = Delta.of(now.areaMm2(), a.metrics().areaMm2()).text(Quantity.of("area_mm2").format());
        assertThat(text(robot, "area-delta")).isEqualTo(area).startsWith("+").endsWith("%)");
        assertThat(robot.lookup("#area-delta").queryAs(Label.class).getStyleClass()).contains("delta-worse");
        assertThat(text(robot, "maxTokens-delta")).startsWith("+");
        assertThat(robot.lookup("#maxTokens-delta").queryAs(Label.class).getStyleClass()).contains("delta-better")
                .doesNotContain("delta-worse");
        assertThat(text(robot, "decode-delta")).isEqualTo("±0");
    }

    @Test
    void everyFigureOverlaysEachPinnedDesignAndUnpinningRemovesIt(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig7"));
        pinThenDoubleSram(robot);
        robot.interact(() -> board().pinCurrent());
        XYPlot plot = ((Fig7Decode) window.tabs().figure("fig7")).plot();
        XYSeriesCollection overlay = (XYSeriesCollection) plot.getDataset(org.romaexplorer.figures.PinColours.XY_OVERLAY_DATASET);
        assertThat(overlay.getSeries()).extracting(s -> ((org.jfree.data.xy.XYSeries) s).getKey())
                .contains("A", "B", "A (design)", "B (design)");
        robot.clickOn("#unpin-0");
        assertThat(board().pins().list()).extracting(Pin::name).containsExactly("B");
        XYSeriesCollection after = (XYSeriesCollection) plot.getDataset(org.romaexplorer.figures.PinColours.XY_OVERLAY_DATASET);
        assertThat(after.getSeries()).extracting(s -> ((org.jfree.data.xy.XYSeries) s).getKey()).containsExactly("B", "B (design)");
    }

    @Test
    void theTableComparesEveryQuantityAndExportsAndCopiesIt(FxRobot robot) throws Exception {
        pinThenDoubleSram(robot);
        robot.interact(() -> window.compare().showTable());
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(Quantity.ALL.size());
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Quantity", "Unit", "Current", "A", "Change vs A");
        Path csv = dir.resolve("cmp.csv");
        robot.interact(() -> window.compare().exportCsv(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("quantity,unit,current,A,change vs A,change vs A %");
        assertThat(lines).contains("SRAM,MiB,576,288,288,100");
        robot.clickOn("#compare-copy");
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).contains("SRAM\tMiB\t576\t288\t288\t100");
    }

    @Test
    void pinsAreNotDesignChangesSoUndoAndRedoLeaveThem(FxRobot robot) {
        pinThenDoubleSram(robot);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(vm.design().hw().sramBytes()).isEqualTo(288L << 20);
        assertThat(board().pins().list()).extracting(Pin::name).containsExactly("A");
        assertThat(text(robot, "area-delta")).isEqualTo("±0");
        robot.interact(() -> window.undo().redo());
        assertThat(board().pins().size()).isEqualTo(1);
        assertThat(text(robot, "area-delta")).startsWith("+");
    }

    @Test
    void atMostFourPinsAndTheFifthIsRefusedInTheStatusLine(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                board().pinCurrent();
            }
        });
        assertThat(board().pins().size()).isEqualTo(4);
        assertThat(vm.statusProperty().get()).contains("Already 4 designs pinned");
    }

    @Test
    void pinsStayWhenAnotherPresetIsLoadedAndCanBeRenamed(FxRobot robot) {
        pinThenDoubleSram(robot);
        robot.interact(() -> window.files().bundled("llama3-8b-int2"));
        robot.interact(() -> board().rename(0, "3B, 288 MiB"));
        assertThat(board().pins().get(0).name()).isEqualTo("3B, 288 MiB");
        assertThat(text(robot, "pin-0")).isEqualTo("3B, 288 MiB (baseline)");
        robot.interact(() -> board().rename(0, " "));
        assertThat(vm.statusProperty().get()).contains("pin name");
    }
}
