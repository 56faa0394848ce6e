package org.romaexplorer.ui.designspace;

import org.romaexplorer.ui.ExplorerViewModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.Pareto;
import org.romaexplorer.sweep.Sweep;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The design-space tab, headless, with sweeps run on the calling thread. */
@ExtendWith(ApplicationExtension.class)
public class DesignSpaceTabTest {
    /** Runs tasks at once, or holds them until released. */
    static final class HoldingExecutor implements Executor {
        final Deque<Runnable> held = new ArrayDeque<>();
        boolean hold;

        @Override public void execute(Runnable r) {
            if (hold) {
                held.add(r);
            } else {
                r.run();
            }
        }
    }

    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final HoldingExecutor background = new HoldingExecutor();
    private DesignSpaceTab tab;

    @Start
    void start(Stage stage) {
        tab = new DesignSpaceTab(new DesignSpaceModel(vm, background, Runnable::run));
        org.romaexplorer.ui.theme.Theme.apply(); // the window's theme
        stage.setScene(new Scene(new TabPane(tab), 1200, 760));
        stage.show();
    }

    /** SRAM 3 values × rank 3 values × KV bits 3 values = 27 points. */
    private void smallGrid(FxRobot robot) {
        robot.interact(() -> {
            DesignSpaceModel m = tab.model();
            axis(m, Knobs.SRAM_MB).stepsProperty().set(3);
            axis(m, Knobs.LORA_RANK).stepsProperty().set(3);
            axis(m, Knobs.CLOCK_MHZ).onProperty().set(false);
        });
    }

    private static DesignSpaceAxisState axis(DesignSpaceModel m, Param k) {
        return m.axes().stream().filter(a -> a.spec().knob() == k).findFirst().orElseThrow();
    }

    private Button run(FxRobot robot) { return robot.lookup("#ds-run").queryAs(Button.class); }

    @Test
    void theGridSizeFollowsTheRangesLive(FxRobot robot) {
        assertThat(robot.lookup("#ds-grid-size").queryAs(Label.class).getText()).isEqualTo("Grid: 384 points");
        smallGrid(robot);
        assertThat(robot.lookup("#ds-grid-size").queryAs(Label.class).getText()).isEqualTo("Grid: 27 points");
    }

    @Test
    void aTypedStepCountReachesTheModelEvenAfterAGarbageCollection(FxRobot robot) {
        System.gc();
        Spinner<?> steps = robot.lookup("#ds-sram-mb-steps").queryAs(Spinner.class);
        robot.clickOn(steps.getEditor()).type(KeyCode.END).eraseText(steps.getEditor().getText().length()).write("4").type(KeyCode.ENTER);
        assertThat(axis(tab.model(), Knobs.SRAM_MB).stepsProperty().get()).isEqualTo(4);
        assertThat(robot.lookup("#ds-grid-size").queryAs(Label.class).getText()).isEqualTo("Grid: 96 points");
    }

    @Test
    void aSmallSweepDrawsEveryPointAndTheExactFront(FxRobot robot) {
        smallGrid(robot);
        robot.clickOn("#ds-run");
        DesignSpaceResult r = tab.model().resultProperty().get();
        DesignSpaceChart chart = tab.chartView();
        int others = chart.othersDataset().getItemCount(0);
        int front = chart.frontDataset().getItemCount(0);
        assertThat(others + front).isEqualTo(27);
        assertThat(front).isPositive();
        Sweep sweep = new Sweep(vm.design(), r.grid(), java.util.List.of(r.x(), r.y()));
        assertThat(r.front().stream().mapToLong(Point::index).sorted().toArray()).isEqualTo(paretoFront(sweep, r));
        assertThat(run(robot).isDisabled()).isFalse();
    }

    @Test
    void feasibleOnlyKeepsDesignsThatDoNotFitOffTheFront(FxRobot robot) {
        smallGrid(robot);
        robot.clickOn("#ds-feasible");
        robot.clickOn("#ds-run");
        DesignSpaceResult r = tab.model().resultProperty().get();
        Sweep sweep = new Sweep(vm.design(), r.grid(), java.util.List.of(r.x(), r.y()));
        for (Point p : r.front()) {
            org.romaexplorer.model.Metrics m = org.romaexplorer.model.Evaluator.evaluate(sweep.point(p.index()));
            assertThat(m.fitsInRom() && m.contextFits()).as("front point %d", p.index()).isTrue();
        }
    }

    @Test
    void cancelKeepsThePreviousResultAndEnablesRunAgain(FxRobot robot) {
        smallGrid(robot);
        robot.clickOn("#ds-run");
        DesignSpaceResult first = tab.model().resultProperty().get();
        background.hold = true;
        robot.interact(() -> tab.model().onRun());
        assertThat(run(robot).isDisabled()).isTrue();
        robot.clickOn("#ds-cancel");
        robot.interact(() -> background.held.poll().run());
        assertThat(tab.model().resultProperty().get()).isSameAs(first);
        assertThat(tab.chartView().othersDataset().getItemCount(0) + tab.chartView().frontDataset().getItemCount(0))
                .isEqualTo(27);
        assertThat(run(robot).isDisabled()).isFalse();
        assertThat(robot.lookup("#ds-status").queryAs(Label.class).getText()).contains("Cancelled");
        assertThat(tab.model().progressProperty().get()).isZero();
    }

    @Test
    void theDefaultsDrawATradeOffWithOneMarkerPerFrontDesign(FxRobot robot) {
        robot.clickOn("#ds-run");
        DesignSpaceResult r = tab.model().resultProperty().get();
        assertThat(r.front()).hasSizeGreaterThan(5);
        assertThat(r.frontMarkers()).isEqualTo(r.front().size());
        assertThat(robot.lookup("#ds-status").queryAs(Label.class).getText()).doesNotContain("ties");
    }

    @Test
    void designsThatTieOnBothObjectivesAreSaidToShareAMarker(FxRobot robot) {
        smallGrid(robot);
        robot.interact(() -> axis(tab.model(), Knobs.CLOCK_MHZ).onProperty().set(true)); // moves neither area nor tokens
        robot.clickOn("#ds-run");
        DesignSpaceResult r = tab.model().resultProperty().get();
        assertThat(r.front().size()).isEqualTo(5 * r.frontMarkers());
        assertThat(robot.lookup("#ds-status").queryAs(Label.class).getText())
                .contains(String.format("%d on the Pareto front, drawn as %d markers: ties", r.front().size(), r.frontMarkers()));
    }

    /** Rank 0 is no adapter: the default sweep starts at the paper's rank, so a click on its front loads LoRA. */
    @Test
    void theDefaultSweepStartsAtRank16AndEveryDrawnPointNamesItsDesignOnHover(FxRobot robot) {
        assertThat(robot.lookup("#ds-lora-rank-values").queryAs(Label.class).getText()).startsWith("16…128");
        robot.clickOn("#ds-run");
        DesignSpaceResult r = tab.model().resultProperty().get();
        int rank = r.knobs().indexOf(Knobs.LORA_RANK);
        for (Point p : r.front()) {
            assertThat(r.grid().values(p.index())[rank]).as("front point %d", p.index()).isGreaterThanOrEqualTo(16);
        }
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(900, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        robot.interact(() -> tab.chartView().chart().draw(img.createGraphics(), new Rectangle(0, 0, 900, 600), info));
        int points = 0;
        int lineItems = 0;
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof XYItemEntity e && e.getDataset() != null && e.getSeriesIndex() == 0
                    && e.getDataset().getSeriesKey(0) != null && !"current".equals(e.getDataset().getSeriesKey(0))) {
                assertThat(e.getToolTipText()).as("item %d of %s", e.getItem(), e.getDataset().getSeriesKey(0))
                        .contains("SRAM ").contains("LoRA rank ").contains("KV cache bits ").contains("Max tokens (tokens): ")
                        .doesNotContain("lora_rank").doesNotContain(" = ");
                points++;
                if (e.getDataset() instanceof org.jfree.data.xy.DefaultXYDataset) {
                    lineItems++;
                }
            }
        }
        assertThat(points).isGreaterThan(r.front().size());
        assertThat(lineItems).as("the front's line names its points too").isPositive();
    }

    @Test
    void clickingAPointLoadsItsDesign(FxRobot robot) {
        smallGrid(robot);
        robot.clickOn("#ds-run");
        DesignSpaceResult r = tab.model().resultProperty().get();
        Point p = r.others().get(r.others().size() - 1);
        double[] values = r.grid().values(p.index());
        assertThat(Knobs.SRAM_MB.get(vm.design())).isNotEqualTo(values[0]);
        XYItemEntity entity = new XYItemEntity(new Rectangle(0, 0, 4, 4), tab.chartView().othersDataset(), 0,
                r.others().size() - 1, null, null);
        MouseEvent click = new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, true, null);
        robot.interact(() -> tab.onClick(new ChartMouseEventFX(tab.chartView().chart(), click, entity)));
        assertThat(Knobs.SRAM_MB.get(vm.design())).isEqualTo(values[0]);
        assertThat(Knobs.LORA_RANK.get(vm.design())).isEqualTo(values[1]);
        assertThat(Knobs.KV_BITS.get(vm.design())).isEqualTo(values[2]);
    }

    @Test
    void aRangeWithNoAllowedValueIsShownAndRunStaysOff(FxRobot robot) {
        robot.interact(() -> {
            DesignSpaceAxisState bits = axis(tab.model(), Knobs.BASE_BITS);
            bits.onProperty().set(true);
            bits.loProperty().set(5);
            bits.hiProperty().set(7);
        });
        assertThat(robot.lookup("#ds-problem").queryAs(Label.class).getText()).contains("base_bits");
        assertThat(run(robot).isDisabled()).isTrue();
        robot.interact(() -> tab.model().onRun());
        assertThat(tab.model().resultProperty().get()).isNull();
    }

    /** The front of all 27 points by sweep.Pareto on every evaluated point, without the sweep's chunked passes. */
    private static long[] paretoFront(Sweep sweep, DesignSpaceResult r) {
        int n = (int) sweep.size();
        double[] cost = new double[2 * n];
        for (int i = 0; i < n; i++) {
            Metrics m = org.romaexplorer.model.Evaluator.evaluate(sweep.point(i));
            cost[2 * i] = r.x().cost(m);
            cost[2 * i + 1] = r.y().cost(m);
        }
        return Arrays.stream(Pareto.front(cost, n, 2)).asLongStream().toArray();
    }
}
