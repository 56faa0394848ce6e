package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.figures.Fig10MaxTokens;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.KvPolicy;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.ProcessNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The headline and its warning line as an architect meets them: the first screen, zero-token designs, clocks. */
public class HeadlineWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class);
    }

    private void set(FxRobot robot, Param k, double v) {
        robot.interact(() -> vm.setDesign(k.set(vm.design(), v)));
    }

    @Test
    void theBundledPresetOpensOnACautionThatSaysThePapersWorkloadExceedsItsSramAndOffersSpill(FxRobot robot) {
        robot.interact(() -> window.files().bundled(PresetIo.BUNDLED.get(0)));
        Label w = label(robot, "warnings");
        assertThat(w.getStyleClass()).contains("warning-caution").doesNotContain("warning-bad");
        assertThat(w.getText()).isEqualTo("⚠ Context 4,352 tokens > 4,320 that fit in SRAM (32 over, as in the paper's"
                + " own Fig. 9): speeds assume it fits");
        assertThat(w.getTooltip().getText()).contains("256 input + 4,096 output = 4,352 tokens, 4,320 fit (32 over)")
                .contains("the speeds assume they fit").contains("the paper's own Fig. 9 workload exceeds its 288 MB SRAM")
                .doesNotContain("timed as if it fit");
        assertThat(label(robot, "generation").getStyleClass()).contains("metric-assumed");
        Hyperlink spill = robot.lookup("#use-spill").queryAs(Hyperlink.class);
        assertThat(spill.isVisible()).isTrue();
        robot.clickOn(spill);
        assertThat(vm.design().kvPolicy().overflow()).isEqualTo(KvPolicy.Overflow.SPILL);
        assertThat(w.getStyleClass()).contains("warning-info");
        assertThat(w.getText()).contains("32 tokens' KV spill to DRAM");
        assertThat(label(robot, "generation").getStyleClass()).doesNotContain("metric-assumed", "metric-unreachable");
        assertThat(spill.isVisible()).isFalse();
        robot.interact(() -> window.undo().undo());
        assertThat(vm.design().kvPolicy().overflow()).isEqualTo(KvPolicy.Overflow.REJECT);
    }

    @Test
    void aDesignWithNoTokenSaysWhyMarksItsSpeedsAndKeepsItsDotOnFig10(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        set(robot, Knobs.SRAM_MB, 64);
        set(robot, Knobs.LORA_RANK, 64);
        Metrics m = Evaluator.evaluate(vm.design());
        assertThat(m.maxTokens()).isZero();
        Label w = label(robot, "warnings");
        assertThat(w.getStyleClass()).contains("warning-bad");
        String lora = m.loraBytes() >= 100 << 20 ? String.format("%,.0f", m.loraBytes() / (1024.0 * 1024))
                : String.format("%.1f", m.loraBytes() / (1024.0 * 1024));
        assertThat(w.getText()).startsWith("⚠ No token fits in SRAM: the LoRA weights")
                .contains(lora + " MiB of 64.0 MiB").contains("speeds not reachable").doesNotContain("kv_overflow");
        assertThat(w.getTooltip().getText()).contains(lora + " MiB of 64.0 MiB").contains("the speeds are not reachable");
        for (String id : MetricsBar.SPEEDS) {
            assertThat(label(robot, id).getStyleClass()).as(id).contains("metric-unreachable");
        }
        assertThat(label(robot, "maxTokens").getStyleClass()).doesNotContain("metric-unreachable");
        assertThat(robot.lookup("#use-spill").queryAs(Hyperlink.class).isVisible()).isFalse();
        Fig10MaxTokens fig = (Fig10MaxTokens) window.tabs().figure("fig10");
        XYSeriesCollection points = (XYSeriesCollection) fig.plot().getDataset(1);
        var current = points.getSeries(points.getSeriesCount() - 1);
        assertThat(current.getItemCount()).as("the current design's dot, which the legend names").isEqualTo(1);
        assertThat(current.getY(0).doubleValue()).isZero();
        assertThat(current.getX(0).doubleValue()).isEqualTo(64);
        // SRAM 16 and rank 128: the LoRA weights are larger than the whole SRAM.
        set(robot, Knobs.SRAM_MB, 16);
        set(robot, Knobs.LORA_RANK, 128);
        assertThat(w.getText()).contains("the LoRA weights alone fill it").contains("of 16.0 MiB");
    }

    @Test
    void aClockPastThePlausibleMaximumIsSaid(FxRobot robot) {
        TextField clock = robot.lookup("#clock-field").queryAs(TextField.class);
        robot.clickOn(clock);
        robot.interact(clock::selectAll);
        robot.write("10000").type(KeyCode.ENTER);
        assertThat(vm.design().hw().clockHz()).isEqualTo(10e9);
        Label w = label(robot, "warnings");
        assertThat(w.getText()).contains(String.format("Clock 10,000 MHz is past %,.0f MHz", ProcessNode.N7.maxClockMhz()));
        assertThat(w.getTooltip().getText()).contains(String.format("Clock 10,000 MHz is past %,.0f MHz, a plausible maximum"
                + " at 7 nm", ProcessNode.N7.maxClockMhz()));
        assertThat(label(robot, "power").getText()).isEqualTo(MetricsText.power(vm.metrics()));
        set(robot, Knobs.CLOCK_MHZ, ProcessNode.N7.maxClockMhz());
        assertThat(w.getText()).doesNotContain("Clock ");
    }

    /** Where each headline item sits on the screen, left edges. */
    private List<Double> itemPositions(FxRobot robot) {
        return List.of("maxTokens", "ttft", "decode", "generation", "area", "power", "tokensPerJ").stream().map(id -> {
            Node item = label(robot, id).getParent();
            Bounds b = item.localToScene(item.getLayoutBounds());
            return b.getMinX();
        }).toList();
    }

    @Test
    void headlineNumbersKeepTheirPlaceWhileASliderIsDragged(FxRobot robot) {
        List<Double> start = itemPositions(robot);
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        Slider input = robot.lookup("#input-slider").queryAs(Slider.class);
        for (double[] v : new double[][] {{16, 1}, {1024, 8192}, {100, 300}, {600, 4000}, {40, 20}}) {
            robot.interact(() -> {
                sram.setValue(v[0]);
                input.setValue(v[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(itemPositions(robot)).as("SRAM %s, input %s: %s", v[0], v[1], label(robot, "ttft").getText())
                    .isEqualTo(start);
        }
    }

    @Test
    void repaintTimingsAreADeveloperViewOffByDefault(FxRobot robot) {
        Label timing = label(robot, "repaint-time");
        assertThat(timing.isVisible()).isFalse();
        assertThat(timing.isManaged()).isFalse();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        CheckMenuItem item = (CheckMenuItem) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "repaint-time-item".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isSelected()).isFalse();
        robot.interact(() -> item.setSelected(true));
        assertThat(timing.isVisible()).isTrue();
        robot.interact(() -> item.setSelected(false));
        assertThat(timing.isVisible()).isFalse();
    }
}
