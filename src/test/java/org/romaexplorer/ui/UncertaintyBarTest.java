package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.romaexplorer.figures.XyFigure;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The uncertainty switch: bands on the shown figure and headline ranges appear, follow the design, go away. */
class UncertaintyBarTest extends WindowFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void bandsFollowTheDesignAndSwitchOff(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().selectFigure("fig7"));
        XyFigure fig = (XyFigure) window.tabs().figure("fig7");
        CheckBox on = robot.lookup("#bands-toggle").queryAs(CheckBox.class);
        Label latency = robot.lookup("#uncertainty-latency").queryAs(Label.class);
        robot.interact(() -> on.setSelected(true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fig.bands().getSeriesCount() == 2);
        Label ranges = robot.lookup("#uncertainty-ranges").queryAs(Label.class);
        assertThat(ranges.getText()).contains("Power\u00a0").contains("\u00a0W");
        // Shown whole, on two lines if it must: the drawn text is the label's text, not cut short with "…".
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.text.Text) ranges.lookup(".text")).getText()).isEqualTo(ranges.getText());
        double before = fig.bands().getSeries(0).getYLowValue(0);
        robot.interact(() -> { latency.setText(""); vm.setDesign(Knobs.CLOCK_MHZ.set(vm.design(), 800)); });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !latency.getText().isEmpty());
        assertThat(fig.bands().getSeries(0).getYLowValue(0)).isGreaterThan(before);
        robot.interact(() -> on.setSelected(false));
        assertThat(fig.bands().getSeriesCount()).isZero();
        assertThat(latency.getText()).isEmpty();
    }
}
