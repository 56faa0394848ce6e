package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.control.ComboBox;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.romaexplorer.figures.TornadoFigure;
import org.romaexplorer.model.Metric;
import org.romaexplorer.uncertainty.Sensitivity;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Sensitivity tab shows the largest swings of the chosen metric for the current design. */
class SensitivityTabTest extends WindowFixture {
    /** The panel's names and units, never a raw key: every bar, the metric box, the title and the axis. */
    @Test
    void speaksThePanelsNamesAndUnits(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "sensitivity-tab".equals(t.getId())).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ComboBox<Metric> metric = robot.lookup("#sensitivity-metric").queryAs(ComboBox.class);
        assertThat(metric.getConverter().toString(Metric.POWER_W)).isEqualTo("Power (W)");
        CategoryDataset d = tornado(robot);
        for (Object key : d.getColumnKeys()) {
            assertThat(key.toString()).as("a readable name").doesNotContain("_").matches("[A-Z].*");
        }
        assertThat(d.getColumnKeys()).contains("SRAM read energy (fJ/bit)", "FP16 MAC energy (pJ)");
        ChartViewer v = robot.lookup("#tornado-viewer").queryAs(ChartViewer.class);
        assertThat(v.getChart().getTitle().getText()).startsWith("Sensitivity of Power (design: 33.1").endsWith(" W)");
        assertThat(((CategoryPlot) v.getChart().getPlot()).getRangeAxis().getLabel())
                .isEqualTo("Change of Power from the design (W)");
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private CategoryDataset tornado(FxRobot robot) {
        ChartViewer v = robot.lookup("#tornado-viewer").queryAs(ChartViewer.class);
        return ((CategoryPlot) v.getChart().getPlot()).getDataset();
    }

    @Test
    void showsTheLargestSwingsOfTheChosenMetricAndFollowsTheDesign(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "sensitivity-tab".equals(t.getId())).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ComboBox<Metric> metric = robot.lookup("#sensitivity-metric").queryAs(ComboBox.class);
        robot.interact(() -> metric.setValue(Metric.AREA_MM2));
        assertTop(robot, Metric.AREA_MM2);
        robot.interact(() -> vm.setDesign(org.romaexplorer.model.Knobs.SRAM_MB.set(vm.design(), 1024)));
        assertTop(robot, Metric.AREA_MM2);
    }

    private void assertTop(FxRobot robot, Metric m) {
        List<Sensitivity.Swing> expected = Sensitivity.run(vm.design(), m);
        double base = Sensitivity.base(vm.design(), m);
        CategoryDataset d = tornado(robot);
        assertThat(d.getColumnCount()).isEqualTo(TornadoFigure.BARS);
        String name = org.romaexplorer.ui.params.ReadableNames.constant(expected.get(0).key());
        assertThat(d.getColumnKey(0)).isEqualTo(name);
        assertThat(d.getValue(TornadoFigure.HIGH, name).doubleValue())
                .isCloseTo(expected.get(0).atHigh() - base, within(1e-9));
    }
}
