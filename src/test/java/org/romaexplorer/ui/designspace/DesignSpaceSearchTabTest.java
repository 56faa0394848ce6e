package org.romaexplorer.ui.designspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Param;
import org.romaexplorer.sweep.Requirement;
import org.romaexplorer.ui.ExplorerViewModel;
import org.romaexplorer.ui.designspace.DesignSpaceResult.Point;
import org.romaexplorer.ui.history.DesignUndo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Requirements, Best (goal seeking, undoable, pinnable) and Search in the design-space tab, headless. */
@ExtendWith(ApplicationExtension.class)
class DesignSpaceSearchTabTest {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final AtomicInteger pins = new AtomicInteger();
    private DesignUndo undo;
    private DesignSpaceTab tab;

    @Start
    void start(Stage stage) {
        undo = new DesignUndo(vm);
        DesignSpaceModel model = new DesignSpaceModel(vm, Runnable::run, Runnable::run);
        model.setPin(pins::incrementAndGet);
        tab = new DesignSpaceTab(model);
        stage.setScene(new Scene(new TabPane(tab), 1280, 720));
        stage.show();
    }

    private DesignSpaceModel model() { return tab.model(); }

    /** Presses a button of the controls' column, which may sit below its fold at 1280 × 720 (the column scrolls). */
    private static void press(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        robot.interact(b::fire);
    }

    private void require(FxRobot robot, String text) {
        robot.clickOn("#ds-require").write(text).type(KeyCode.ENTER);
    }

    /** As the Add button does, without typing (typing is tested once, above). */
    private void add(FxRobot robot, String text) {
        robot.interact(() -> assertThat(model().addRequirement(text)).isTrue());
    }

    private static DesignSpaceAxisState axis(DesignSpaceModel m, Param k) {
        return m.axes().stream().filter(a -> a.spec().knob() == k).findFirst().orElseThrow();
    }

    @Test
    void aTypedRequirementBecomesAChipAndABadOneSaysWhyInOneLine(FxRobot robot) {
        require(robot, "max_tokenz>=1");
        Label problem = robot.lookup("#ds-require-problem").queryAs(Label.class);
        assertThat(problem.getText()).startsWith("--require max_tokenz>=1: unknown metric 'max_tokenz'").doesNotContain("\n");
        assertThat(model().requirements).isEmpty();
        assertThat(robot.lookup("#ds-require").queryAs(TextField.class).getText()).isEqualTo("max_tokenz>=1"); // kept to fix
        robot.interact(() -> robot.lookup("#ds-require").queryAs(TextField.class).clear());
        require(robot, "max_tokens>=8192");
        assertThat(problem.getText()).isEmpty();
        assertThat(model().requirements).containsExactly(Requirement.parse("max_tokens>=8192"));
        press(robot, "#ds-requirement-max_tokens"); // the chip may sit below the column's fold
        assertThat(model().requirements).isEmpty();
    }

    @Test
    void aSweepGreysThePointsThatMissARequirementAndKeepsThemOffTheFront(FxRobot robot) {
        robot.interact(() -> {
            axis(model(), Knobs.SRAM_MB).stepsProperty().set(8);
            axis(model(), Knobs.KV_BITS).onProperty().set(false);
        });
        add(robot, "max_tokens>=4096");
        robot.clickOn("#ds-run");
        DesignSpaceResult r = model().resultProperty().get();
        assertThat(r.infeasible()).isNotEmpty();
        assertThat(r.front()).isNotEmpty();
        for (Point p : r.front()) {
            assertThat(Evaluator.evaluate(r.design(p)).maxTokens()).isGreaterThanOrEqualTo(4096);
        }
        for (Point p : r.infeasible()) {
            assertThat(Evaluator.evaluate(r.design(p)).maxTokens()).isLessThan(4096);
        }
        assertThat(tab.chartView().infeasibleDataset().getItemCount(0)).isEqualTo(r.infeasible().size());
    }

    @Test
    void bestLoadsTheSmallestChipThatMeetsTheRequirementsUndoablyAndOffersToPinIt(FxRobot robot) {
        DesignPoint before = vm.design();
        robot.interact(() -> {
            axis(model(), Knobs.KV_BITS).onProperty().set(false);   // SRAM 32…512 and rank 16…128 stay in
            model().evaluations.set(2_000);
        });
        add(robot, "max_tokens>=4096");
        assertThat(robot.lookup("#ds-pin-best").queryAs(Button.class).isVisible()).isFalse();
        press(robot, "#ds-best");
        Metrics m = vm.metrics();
        assertThat(vm.design()).isNotEqualTo(before);
        assertThat(m.maxTokens()).isGreaterThanOrEqualTo(4096);
        assertThat(Knobs.LORA_RANK.get(vm.design())).isEqualTo(16); // the range's least: a rank only takes SRAM from the KV
        // one MiB less no longer holds 4,096 tokens: this is the smallest SRAM, so the smallest area
        DesignPoint smaller = Knobs.SRAM_MB.set(vm.design(), Knobs.SRAM_MB.get(vm.design()) - 1);
        assertThat(Evaluator.evaluate(smaller).maxTokens()).isLessThan(4096);
        assertThat(robot.lookup("#ds-status").queryAs(Label.class).getText()).isEqualTo("Best for area_mm2:min loaded; Ctrl+Z undoes");
        Button pin = robot.lookup("#ds-pin-best").queryAs(Button.class);
        assertThat(pin.isVisible()).isTrue();
        robot.interact(pin::fire);
        assertThat(pins.get()).isEqualTo(1);
        assertThat(pin.isVisible()).isFalse();
        robot.interact(undo::undo);
        assertThat(vm.design()).isEqualTo(before);
    }

    @Test
    void bestWithNoFeasibleDesignKeepsTheDesignAndSaysSo(FxRobot robot) {
        DesignPoint before = vm.design();
        robot.interact(() -> model().evaluations.set(300));
        add(robot, "area_mm2<=1");
        press(robot, "#ds-best");
        assertThat(vm.design()).isEqualTo(before);
        assertThat(robot.lookup("#ds-status").queryAs(Label.class).getText()).isEqualTo("No design in the ranges meets the requirements");
    }

    @Test
    void searchDrawsTheFrontOfEveryWholeValueWithinTheBudget(FxRobot robot) {
        robot.interact(() -> {
            axis(model(), Knobs.CLOCK_MHZ).onProperty().set(true);
            model().evaluations.set(1_500);
            model().yMetric.set(Metric.DECODE_TOKENS_PER_S);
        });
        press(robot, "#ds-search");
        DesignSpaceResult r = model().resultProperty().get();
        assertThat(r.total()).isEqualTo(1_500);
        assertThat(r.grid().size()).isEqualTo(481L * 113 * 801 * 3); // whole MiB 32…512, ranks 16…128, MHz 200…1000; KV 4, 8, 16
        assertThat(r.front()).isNotEmpty();
        assertThat(r.others()).isNotEmpty();
        for (Point p : r.front()) {
            Metrics m = Evaluator.evaluate(r.design(p));
            assertThat(p.x()).isEqualTo(m.areaMm2());
            assertThat(p.y()).isEqualTo(m.decodeTokensPerS());
        }
        assertThat(robot.lookup("#ds-status").queryAs(Label.class).getText()).startsWith("Search: 1,500 evaluations in ");
    }
}
