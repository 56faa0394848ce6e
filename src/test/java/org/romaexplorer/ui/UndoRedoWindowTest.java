package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.romaexplorer.io.HfConfig;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Undo and redo through the window: slider, drag, typed value, preset load, import, reset, keys. */
public class UndoRedoWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private long sramMib() {
        return vm.design().hw().sramBytes() >> 20;
    }

    @Test
    void undoAndRedoASliderChange(FxRobot robot) {
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> sram.setValue(128));
        assertThat(sramMib()).isEqualTo(128);
        robot.interact(() -> window.undo().undo());
        assertThat(sramMib()).isEqualTo(288);
        assertThat(sram.getValue()).isEqualTo(288);
        robot.interact(() -> window.undo().redo());
        assertThat(sramMib()).isEqualTo(128);
    }

    @Test
    void aSliderDragIsOneStep(FxRobot robot) {
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> {
            sram.setValueChanging(true);
            for (int mb = 290; mb <= 400; mb += 10) {
                sram.setValue(mb);
            }
            sram.setValueChanging(false);
        });
        assertThat(sramMib()).isEqualTo(400);
        robot.interact(() -> window.undo().undo());
        assertThat(sramMib()).isEqualTo(288);
        assertThat(window.undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoATypedValueWithTheKeys(FxRobot robot) {
        int rank = vm.design().lora().rank();
        TextField field = robot.lookup("#rank-field").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("64").type(KeyCode.ENTER);
        assertThat(vm.design().lora().rank()).isEqualTo(64);
        // Out of the text field, whose own Ctrl+Z undoes typing; onto the shown tab's chart (hidden tabs are not in
        // the scene until first shown).
        robot.clickOn("#overview-viewer");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(vm.design().lora().rank()).isEqualTo(rank);
        assertThat(field.getText()).isEqualTo(String.valueOf(rank));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(vm.design().lora().rank()).isEqualTo(64);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(vm.design().lora().rank()).isEqualTo(64);
    }

    @Test
    void undoAPresetLoadBringsBackTheDesignAndItsName(FxRobot robot) {
        DesignPoint before = vm.design();
        String name = vm.presetNameProperty().get();
        robot.interact(() -> window.files().bundled("llama3-8b-int2"));
        assertThat(vm.design()).isEqualTo(PresetIo.bundled("llama3-8b-int2"));
        robot.interact(() -> window.undo().undo());
        assertThat(vm.design()).isEqualTo(before);
        assertThat(vm.presetNameProperty().get()).isEqualTo(name);
        assertThat(vm.preset()).isEqualTo(before);
        robot.interact(() -> window.undo().redo());
        assertThat(vm.presetNameProperty().get()).isEqualTo("llama3-8b-int2");
    }

    @Test
    void undoAnImportAndAReset(FxRobot robot) {
        Path cfg = Path.of("src/test/resources/hf/Qwen2-0.5B/config.json");
        DesignPoint before = vm.design();
        robot.interact(() -> window.files().importModel(HfConfig.read(cfg), cfg));
        assertThat(vm.design().model().name()).isNotEqualTo(before.model().name());
        assertThat(vm.presetNameProperty().get()).contains(vm.design().model().name());
        robot.interact(() -> window.undo().undo());
        assertThat(vm.design()).isEqualTo(before);
        Slider rank = robot.lookup("#rank-slider").queryAs(Slider.class);
        robot.interact(() -> rank.setValue(100));
        robot.interact(vm::resetToPreset);
        assertThat(vm.design()).isEqualTo(vm.preset());
        robot.interact(() -> window.undo().undo());
        assertThat(vm.design().lora().rank()).isEqualTo(100);
    }

    @Test
    void keepsAtLeastAHundredSteps(FxRobot robot) {
        Slider out = robot.lookup("#output-slider").queryAs(Slider.class);
        int first = vm.design().workload().outputLen();
        robot.interact(() -> {
            for (int i = 1; i <= 150; i++) {
                out.setValue(1000 + i);
            }
            for (int i = 0; i < 150; i++) {
                window.undo().undo();
            }
        });
        assertThat(vm.design().workload().outputLen()).isEqualTo(first);
    }
}
