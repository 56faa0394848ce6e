package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.romaexplorer.ui.charts.ChartZoom;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A zoomed chart goes back on double-click, on View › Reset zoom, and on every design change. */
public class ZoomResetWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ValueAxis zoomFig10(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        ValueAxis x = window.tabs().figure("fig10").chart().getXYPlot().getDomainAxis();
        robot.interact(() -> x.setRange(new Range(400, 500))); // what a drag-zoom does: 288 MiB is now hidden
        assertThat(window.tabs().zoom("fig10").zoomed()).isTrue();
        return x;
    }

    @Test
    void aDesignChangeResetsTheZoomSoTheDesignStaysInView(FxRobot robot) {
        ValueAxis x = zoomFig10(robot);
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> sram.setValue(300));
        ChartZoom zoom = window.tabs().zoom("fig10");
        assertThat(zoom.zoomed()).isFalse();
        assertThat(x.isAutoRange()).isTrue();
        assertThat(x.getRange().contains(300)).isTrue();
    }

    @Test
    void doubleClickAndTheMenuItemResetTheZoom(FxRobot robot) {
        ValueAxis x = zoomFig10(robot);
        robot.doubleClickOn("#fig10-viewer", MouseButton.PRIMARY);
        assertThat(x.isAutoRange()).isTrue();
        zoomFig10(robot);
        robot.interact(() -> window.tabs().resetZoom());
        assertThat(window.tabs().zoom("fig10").zoomed()).isFalse();
    }
}
