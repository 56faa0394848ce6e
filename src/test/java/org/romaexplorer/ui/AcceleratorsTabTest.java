package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.ProcessNode;
import org.romaexplorer.peers.AcceleratorRow;
import org.romaexplorer.peers.Accelerators;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Accelerators tab in the window: the four designs as published, and eight rows (four designs, four baselines)
 * on the chosen model and node, what was normalized beside them, both figures drawn; a choice refills all of it, and
 * "current design" follows the design.
 */
class AcceleratorsTabTest extends WindowFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void show(FxRobot robot) {
        robot.interact(() -> window.tabs().getSelectionModel().select(window.tabs().getTabs().stream()
                .filter(t -> "accelerators-tab".equals(t.getId())).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    void showsFourDesignsAsPublishedAndEightRowsOnOneModelAndNode(FxRobot robot) {
        show(robot);
        TableView<AcceleratorRow> published = table(robot, "#accelerators-published");
        TableView<AcceleratorRow> normalized = table(robot, "#accelerators-normalized");
        assertThat(published.getItems()).extracting(AcceleratorRow::name)
                .containsExactly("ROMA", "TOM", "BitROM", "Taalas HC1");
        assertThat(normalized.getItems()).hasSize(8);
        assertThat(normalized.getItems()).allSatisfy(r -> assertThat(r.model()).isEqualTo("bitnet-b1.58-2B-4T"));
        assertThat(normalized.getItems().subList(0, 4)).allSatisfy(r -> assertThat(r.nodeNm()).isEqualTo(7));
        assertThat(robot.lookup("#accelerators-normalization").queryAs(Label.class).getText())
                .contains("What was normalized", "Kept per design");
        ChartViewer bars = robot.lookup("#accelerators-bars-viewer").queryAs(ChartViewer.class);
        assertThat(bars.getChart().getSubtitle(0).toString()).isNotNull();
        assertThat(window.tabs().selectedChart()).as("File › Export acts on a chart of the tab").isPresent();
    }

    @Test
    void aNodeAndModelChoiceRefillsTheTableAndTheCurrentDesignIsFollowed(FxRobot robot) {
        show(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> node = robot.lookup("#accelerators-node").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> model = robot.lookup("#accelerators-model").queryAs(ComboBox.class);
        robot.interact(() -> {
            node.setValue(6);
            model.setValue("taalas-hc1");
        });
        TableView<AcceleratorRow> normalized = table(robot, "#accelerators-normalized");
        List<AcceleratorRow> expected = Accelerators.normalized(Accelerators.reference(PresetIo.bundled("taalas-hc1"),
                ProcessNode.N6, 1024, 1024));
        assertThat(normalized.getItems()).isEqualTo(expected);
        assertThat(normalized.getItems().get(3).areaMm2()).as("HC1 on its own model and node").isEqualTo(
                Accelerators.published().get(3).areaMm2());
        robot.interact(() -> model.setValue("current design"));
        assertThat(normalized.getItems().get(0).model()).isEqualTo(vm.design().model().name());
        double before = normalized.getItems().get(0).decodeTokensPerS();
        robot.interact(() -> vm.setDesign(Knobs.BASE_BITS.set(vm.design(), 2)));
        assertThat(normalized.getItems().get(0).decodeTokensPerS()).as("fewer bits, faster decode").isGreaterThan(before);
    }
}
