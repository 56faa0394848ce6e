package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The constants sheet shows the applied design after load, reset and undo; typed values are kept or explained. */
public class ConstantsSheetWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** The sheet fills in after the window's first frame (FirstFrameWindowTest). */
    @BeforeEach
    void sheetFilled() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.constants().filled());
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private String message(FxRobot robot, String id) {
        org.romaexplorer.ui.params.ValueField f = (org.romaexplorer.ui.params.ValueField) field(robot, id).getParent();
        return f.messageShown() ? f.message().getText() : "";
    }

    private void type(FxRobot robot, TextField f, String text, KeyCode end) {
        robot.interact(() -> {
            f.requestFocus();
            f.clear();
        });
        robot.write(text).type(end);
    }

    @Test
    void showsTheAppliedDesignAfterLoadResetAndUndo(FxRobot robot) {
        TextField rom = field(robot, "rom-gib-field");
        robot.interact(() -> window.files().bundled("llama3-8b-int2"));
        DesignPoint p8b = PresetIo.bundled("llama3-8b-int2");
        assertThat(rom.getText()).isEqualTo("1.86");
        type(robot, rom, "4", KeyCode.ENTER);
        assertThat(vm.design().hw().romBytes()).isEqualTo(4L << 30);
        assertThat(rom.getText()).isEqualTo("4");
        robot.interact(vm::resetToPreset);
        assertThat(vm.design()).isEqualTo(p8b);
        assertThat(rom.getText()).isEqualTo("1.86");
        robot.interact(() -> window.undo().undo());
        assertThat(rom.getText()).isEqualTo("4");
        robot.interact(() -> window.undo().undo());
        assertThat(rom.getText()).isEqualTo("1.86");
    }

    @Test
    void wholeNumbersWithoutAPointAndFractionsToTheDigitsTheyNeed(FxRobot robot) {
        assertThat(field(robot, "brom-word-bits-field").getText()).isEqualTo("256");
        assertThat(field(robot, "rom-to-sram-cell-field").getText()).isEqualTo("0.3333");
        assertThat(field(robot, "h-unit-macs-per-cycle-field").getText()).isEqualTo("149.53");
    }

    @Test
    void aMinusSignIsKeptAndTheRejectionExplainedThenEscapeReverts(FxRobot robot) {
        DesignPoint before = vm.design();
        TextField eff = field(robot, "macro-efficiency-field");
        type(robot, eff, "-1", KeyCode.ENTER);
        assertThat(eff.getText()).isEqualTo("-1");
        assertThat(message(robot, "macro-efficiency-field")).contains("must be between").contains("-1");
        assertThat(vm.design()).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        assertThat(eff.getText()).isEqualTo("0.7");
        assertThat(message(robot, "macro-efficiency-field")).isEmpty();
    }

    @Test
    void sliderFieldsSayWhatIsWrongInPlainWords(FxRobot robot) {
        TextField rank = field(robot, "rank-field");
        type(robot, rank, "1e9", KeyCode.ENTER);
        assertThat(message(robot, "rank-field")).isEqualTo("1e9 is too large: at most 1024");
        type(robot, rank, "", KeyCode.ENTER);
        assertThat(message(robot, "rank-field")).isEqualTo("enter a value");
        type(robot, rank, "abc", KeyCode.ENTER);
        assertThat(message(robot, "rank-field")).isEqualTo("“abc” is not a number");
        type(robot, rank, "-5", KeyCode.ENTER);
        assertThat(rank.getText()).isEqualTo("-5");
        assertThat(message(robot, "rank-field")).isEqualTo("-5 is too small: at least 0").doesNotContain("lora_rank");
        robot.type(KeyCode.ESCAPE);
        assertThat(rank.getText()).isEqualTo(String.valueOf(vm.design().lora().rank()));
    }

    @Test
    void leavingARejectedFieldShowsTheAppliedValueAndSaysWhyInTheStatusBar(FxRobot robot) {
        TextField kv = field(robot, "kvBits-field");
        type(robot, kv, "5", KeyCode.TAB);
        assertThat(kv.getText()).isEqualTo(String.valueOf(vm.design().kvBits()));
        assertThat(message(robot, "kvBits-field")).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("KV cache bits: not applied, 5 is not allowed: use one of 4, 8, 16, 32;"
                + " kept 8");
    }
}
