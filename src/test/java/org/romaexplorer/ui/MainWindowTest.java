package org.romaexplorer.ui;

import org.romaexplorer.ui.files.AppPrefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.Fig10MaxTokens;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless: headline numbers, sliders, charts, export and a broken preset. */
@ExtendWith(ApplicationExtension.class)
public class MainWindowTest {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private MainWindow window;
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test")));
        // Monocle's headless screen is 1280×800: a larger window overflows its frame buffer.
        stage.setScene(window.scene(1200, 760));
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void headlineShowsTheEvaluatorsNumbersForThe8bPreset(FxRobot robot) {
        robot.interact(() -> window.files().bundled("llama3-8b-int2"));
        Metrics m = Evaluator.evaluate(PresetIo.bundled("llama3-8b-int2"));
        assertThat(text(robot, "maxTokens")).isEqualTo(String.format("%,d", m.maxTokens()));
        assertThat(text(robot, "ttft")).isEqualTo(String.format("%,.2f", m.ttftSeconds() * 1e3));
        assertThat(text(robot, "decode")).isEqualTo(String.format("%,.0f", m.decodeTokensPerS()));
        assertThat(text(robot, "generation")).isEqualTo(String.format("%,.0f", m.generationTokensPerS()));
        assertThat(text(robot, "area")).isEqualTo(String.format("%,.1f", m.areaMm2()));
        assertThat(text(robot, "power")).isEqualTo(String.format("%,.2f", m.powerW()));
        assertThat(text(robot, "preset-name")).contains("llama3-8b-int2");
    }

    @Test
    void movingTheSramSliderMovesMaxTokensAndTheFig10Marker(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        Fig10MaxTokens fig = (Fig10MaxTokens) window.tabs().figure("fig10");
        String before = text(robot, "maxTokens");
        assertThat(fig.markerX()).isEqualTo(288);
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> sram.setValue(128));
        assertThat(vm.design().hw().sramBytes()).isEqualTo(128L << 20);
        assertThat(text(robot, "maxTokens")).isNotEqualTo(before)
                .isEqualTo(String.format("%,d", Evaluator.evaluate(vm.design()).maxTokens()));
        assertThat(fig.markerX()).isEqualTo(128);
    }

    @Test
    void everyTabWithAChartOffersItForExportAndTheReportDoesNot(FxRobot robot) {
        var tabs = window.tabs();
        for (String id : new String[] {"design-space-tab", "lunit-lab-tab", "report-tab", "fig10-tab"}) {
            robot.interact(() -> tabs.getSelectionModel().select(
                    tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
            boolean hasChart = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> tabs.selectedChart().isPresent()));
            assertThat(hasChart).as(id).isEqualTo(!id.equals("report-tab"));
        }
    }

    @Test
    void exportsTheShownChartAsAPngOfTheAskedSize(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().selectFigure("fig6"));
        Path png = dir.resolve("fig6.png");
        ChartExport.png(window.tabs().selectedFigure().orElseThrow().chart(), png, 800, 500);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
    }

    @Test
    void aBrokenPresetShowsTheFieldAndLeavesTheStateAlone(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.json");
        String json = PresetIo.toJson(PresetIo.bundled("llama3-8b-int2"), "bad").replaceFirst("\"kv_bits\"\\s*:\\s*\\d+",
                "\"kv_bits\" : 5");
        Files.writeString(bad, json);
        DesignPoint before = vm.design();
        String name = vm.presetNameProperty().get();
        robot.interact(() -> window.files().openFile(bad));
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("bad.json");
        assertThat(pane.getContentText()).contains("kv_bits");
        assertThat(vm.design()).isSameAs(before);
        assertThat(vm.presetNameProperty().get()).isEqualTo(name);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    /** A preset whose ROM rounds to no bytes (power would be NaN) and a named pipe: a dialog, the state kept. */
    @Test
    void aPresetThatWouldGiveNaNOrAPipeShowsADialogAndLeavesTheStateAlone(FxRobot robot) throws Exception {
        Path zero = dir.resolve("zero\nrom.json");
        Files.writeString(zero, PresetIo.toJson(PresetIo.bundled("llama3-8b-int2"), "z")
                .replaceFirst("\"rom_gib\"\\s*:\\s*[0-9.]+", "\"rom_gib\" : 1e-320"));
        Path fifo = dir.resolve("pipe.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        DesignPoint before = vm.design();
        for (Path bad : new Path[] {zero, fifo}) {
            robot.interact(() -> window.files().openFile(bad));
            DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
            assertThat(pane.getHeaderText()).doesNotContain("\n").contains(bad == zero ? "zero\\nrom.json" : "pipe.json");
            assertThat(pane.getContentText()).startsWith(bad == zero
                    ? "Field: hardware.rom_gib\nProblem: must be from 1 byte to 32768 GiB, got 1.0E-320"
                    : "Field: preset\nProblem: not a regular file (a device, pipe or socket)");
            assertThat(vm.design()).isSameAs(before);
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
    }

    @Test
    void aTypedValueTheModelRejectsIsMarkedAndNeverApplied(FxRobot robot) {
        DesignPoint before = vm.design();
        TextField kv = robot.lookup("#kvBits-field").queryAs(TextField.class);
        robot.clickOn(kv).eraseText(kv.getText().length()).write("5").type(KeyCode.ENTER);
        assertThat(vm.design()).isSameAs(before);
        robot.clickOn(kv).eraseText(1).write("16").type(KeyCode.ENTER);
        assertThat(vm.design().kvBits()).isEqualTo(16);
    }

    @Test
    void theKvOverflowPolicyIsChosenByNameAndTheWarningNamesIt(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<String> policy = robot.lookup("#kvOverflow-choice").queryAs(javafx.scene.control.ChoiceBox.class);
        assertThat(policy.getItems()).containsExactly("reject", "spill", "evict");
        assertThat(policy.getValue()).isEqualTo("reject");
        robot.interact(() -> policy.setValue("spill"));
        assertThat(vm.design().kvPolicy().overflow()).isEqualTo(org.romaexplorer.model.KvPolicy.Overflow.SPILL);
        assertThat(MetricsText.warnings(vm.design(), vm.metrics())).anySatisfy(w -> assertThat(w).contains("spill: 32 tokens' KV in DRAM"));
        robot.interact(() -> vm.setDesign(org.romaexplorer.model.Knobs.KV_OVERFLOW.set(vm.design(), 2)));
        assertThat(policy.getValue()).as("the drop-down follows the design").isEqualTo("evict");
    }

    @Test
    void aHiddenFigureCatchesUpWhenItsTabIsShown(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        robot.interact(() -> window.tabs().selectFigure("fig6"));
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> sram.setValue(96));
        XYPlot fig10 = robot.lookup("#fig10-viewer").queryAs(ChartViewer.class).getChart().getXYPlot();
        ValueMarker marker = (ValueMarker) fig10.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(marker.getValue()).as("not redrawn while hidden").isEqualTo(288);
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        assertThat(marker.getValue()).isEqualTo(96);
    }
}
