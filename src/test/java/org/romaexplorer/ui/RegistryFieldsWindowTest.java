package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.ui.params.NumberText;
import org.romaexplorer.ui.params.ParamSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every parameter of the registry has a field in the window (a slider's field, its drop-down, or a row of the
 * constants sheet) that shows the applied design's value: the last leg of the registry round trip
 * (RegistryRoundTripTest covers preset and {@code --set}).
 */
public class RegistryFieldsWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void sheetFilled() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.constants().filled());
    }

    @Test
    void everyParameterShowsTheAppliedValue(FxRobot robot) {
        DesignPoint base = Models.llama3b();
        for (Param k : Params.all()) {
            double v = org.romaexplorer.cli.RegistryRoundTripTestValues.other(k, base);
            DesignPoint p = k.set(base, v);
            robot.interact(() -> vm.setDesign(p));
            String shown;
            if (k.slider() && k.menu()) {
                shown = (String) robot.lookup("#" + ParamSpec.of(k).key() + "-choice").queryAs(ChoiceBox.class).getValue();
            } else if (!k.slider() && !k.choices().isEmpty()) { // a choice or flag of the constants sheet
                shown = (String) robot.lookup("#" + k.key().replace('_', '-') + "-choice").queryAs(ChoiceBox.class).getValue();
            } else {
                String id = k.slider() ? ParamSpec.of(k).key() + "-field" : k.key().replace('_', '-') + "-field";
                shown = robot.lookup("#" + id).queryAs(TextField.class).getText();
            }
            String expected = k.choices().isEmpty() ? NumberText.format(k.get(p)) : k.text(k.get(p));
            if (k.menu() && k.choices().isEmpty()) {
                expected = k.text(k.get(p)) + " " + k.unit();
            }
            assertThat(shown).as(k.key()).isEqualTo(expected);
        }
    }
}
