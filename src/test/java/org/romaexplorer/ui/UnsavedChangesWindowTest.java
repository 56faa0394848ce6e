package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.ui.files.DiscardDialog.Choice;
import org.romaexplorer.ui.history.Unsaved;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Unsaved changes: marked, asked about before leaving (answered here without a dialog), cleared by undo. */
public class UnsavedChangesWindowTest extends WindowFixture {
    private final List<Boolean> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void answer(Choice c) {
        window.files().setAsker((name, quitting) -> {
            asked.add(quitting);
            return c;
        });
    }

    private boolean unsaved() {
        return window.files().unsavedProperty().get();
    }

    @Test
    void aChangeIsMarkedAndUndoingItClearsTheMark(FxRobot robot) {
        assertThat(unsaved()).isFalse();
        Slider sram = robot.lookup("#sram-slider").queryAs(Slider.class);
        robot.interact(() -> sram.setValue(200));
        assertThat(unsaved()).isTrue();
        assertThat(Unsaved.title("x", true)).startsWith("• ").contains("unsaved");
        robot.interact(() -> window.undo().undo());
        assertThat(unsaved()).isFalse();
    }

    @Test
    void leavingAsksOnlyWithUnsavedChangesAndCancelStays(FxRobot robot) {
        answer(Choice.CANCEL);
        assertThat(window.files().mayLeave(false)).isTrue();
        assertThat(asked).isEmpty();
        Slider rank = robot.lookup("#rank-slider").queryAs(Slider.class);
        robot.interact(() -> rank.setValue(40));
        assertThat(window.files().mayLeave(false)).isFalse();
        assertThat(asked).containsExactly(false);
        assertThat(vm.design().lora().rank()).isEqualTo(40);
    }

    /** A preset dropped on the window or named on the command line is opened as File › Open does. */
    @Test
    void aGivenPresetAsksFirstWithUnsavedChangesAndAPathThatIsNoneIsAnError(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("given.json"),
                PresetIo.toJson(PresetIo.bundled("llama3-8b-int2"), "given"));
        Slider rank = robot.lookup("#rank-slider").queryAs(Slider.class);
        robot.interact(() -> rank.setValue(40));
        answer(Choice.CANCEL);
        robot.interact(() -> window.files().openGiven(file.toString()));
        assertThat(asked).containsExactly(false);
        assertThat(vm.design().lora().rank()).isEqualTo(40);
        answer(Choice.DISCARD);
        robot.interact(() -> window.files().openGiven(file.toString()));
        assertThat(vm.design()).isEqualTo(PresetIo.bundled("llama3-8b-int2"));
        assertThat(vm.presetNameProperty().get()).isEqualTo("given.json");
        DesignPoint before = vm.design();
        robot.interact(() -> window.files().openGiven("bad\0name.json"));
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).startsWith("Field: file\nProblem: not a valid path");
        assertThat(vm.design()).isSameAs(before);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void discardingOnQuitGoesBackToThePresetAndKeepingDoesNot(FxRobot robot) {
        Slider rank = robot.lookup("#rank-slider").queryAs(Slider.class);
        robot.interact(() -> rank.setValue(40));
        answer(Choice.KEEP);
        assertThat(window.files().mayLeave(true)).isTrue();
        assertThat(vm.design().lora().rank()).isEqualTo(40);
        answer(Choice.DISCARD);
        robot.interact(() -> assertThat(window.files().mayLeave(true)).isTrue());
        assertThat(vm.design()).isEqualTo(vm.preset());
        assertThat(asked).containsExactly(true, true);
    }

    @Test
    void helpAboutGivesVersionLicenceAndTheModelPage(FxRobot robot) {
        robot.clickOn("_Help").clickOn("About ROMA Explorer");
        Node body = robot.lookup("#about-body").query();
        String text = ((javafx.scene.Parent) body).getChildrenUnmodifiable().stream()
                .filter(Labeled.class::isInstance).map(n -> ((Labeled) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("ROMA Explorer " + org.romaexplorer.AppVersion.get()).contains("MIT")
                .contains("docs/model.md");
        robot.interact(() -> body.getScene().getWindow().hide());
    }
}
