package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.romaexplorer.ui.params.ValueField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typed values as an architect uses them: type, Enter, Ctrl+Z; a rejected value that moves nothing. */
public class ParameterFieldsWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The sheet fills in after the first frame: its rows are part of the column. */
    @org.junit.jupiter.api.BeforeEach
    void sheetFilled() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.constants().filled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private static ValueField valueField(TextField f) {
        return (ValueField) f.getParent();
    }

    private void retype(FxRobot robot, TextField f, String text) {
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text);
    }

    @Test
    void typeEnterThenCtrlZUndoesTheDesignChangeWithTheCaretStillInTheField(FxRobot robot) {
        TextField clock = field(robot, "clock-field");
        retype(robot, clock, "800");
        robot.type(KeyCode.ENTER);
        assertThat(vm.design().hw().clockHz()).isEqualTo(800e6);
        assertThat(clock.isFocused()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(vm.design().hw().clockHz()).as("Ctrl+Z in the field just committed").isEqualTo(500e6);
        assertThat(clock.getText()).isEqualTo("500");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(vm.design().hw().clockHz()).isEqualTo(800e6);
        // Typing of its own: Ctrl+Z then undoes the typing, not the design.
        robot.type(KeyCode.END).write("9");
        assertThat(clock.getText()).isEqualTo("8009");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(clock.getText()).isEqualTo("800");
        assertThat(vm.design().hw().clockHz()).isEqualTo(800e6);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(vm.design().hw().clockHz()).as("Ctrl+Y redoes nothing left").isEqualTo(800e6);
    }

    /** Every slider, field and label of the parameter rows, with its bounds in the scene. */
    private List<Bounds> rowBounds(FxRobot robot) {
        List<Bounds> out = new ArrayList<>();
        for (Node n : robot.lookup(".slider").queryAll()) {
            if (n instanceof Slider s && s.getId() != null && s.getId().endsWith("-slider")) {
                out.add(s.localToScene(s.getLayoutBounds()));
            }
        }
        for (Node n : robot.lookup(".text-field").queryAll()) {
            out.add(n.localToScene(n.getLayoutBounds()));
        }
        return out;
    }

    @Test
    void aRejectedValueMovesNoRowAndNoColumnAndLeavingItClearsTheMark(FxRobot robot) {
        TextField input = field(robot, "input-field");
        List<Bounds> before = rowBounds(robot);
        for (String bad : new String[] {"abc", "1e9", "-5", "12.5"}) {
            retype(robot, input, bad);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(valueField(input).messageShown()).as(bad).isTrue();
            assertThat(valueField(input).message().getText()).isNotEmpty();
            assertThat(input.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("danger"));
            assertThat(rowBounds(robot)).as("nothing moved for " + bad).isEqualTo(before);
        }
        retype(robot, input, "abc");
        robot.type(KeyCode.ENTER).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.getText()).isEqualTo("256");
        assertThat(input.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("danger"));
        assertThat(valueField(input).messageShown()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Input length: not applied, “abc” is not a number; kept 256");
        assertThat(rowBounds(robot)).isEqualTo(before);
    }

    @Test
    void theNextKeystrokeTakesTheOldReasonAway(FxRobot robot) {
        TextField rank = field(robot, "rank-field");
        retype(robot, rank, "abc");
        robot.type(KeyCode.ENTER);
        assertThat(valueField(rank).messageShown()).isTrue();
        robot.type(KeyCode.BACK_SPACE);
        assertThat(valueField(rank).messageShown()).isFalse();
        assertThat(rank.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("danger"));
    }
}
