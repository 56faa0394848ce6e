package org.romaexplorer.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.romaexplorer.lunit.AccuracyResult;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.LUnitAccuracy;
import org.romaexplorer.lunit.LUnitConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The L-unit lab, headless, computing on the calling thread so every change shows at once. */
@ExtendWith(ApplicationExtension.class)
public class LabViewTest {
    private static final Executor SAME_THREAD = Runnable::run;
    private LabViewModel vm;
    private LabView view;

    @Start
    void start(Stage stage) {
        vm = new LabViewModel(SAME_THREAD, SAME_THREAD, Duration.ZERO, 10);
        view = new LabView(vm);
        vm.start();
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static AccuracyResult direct(int bits, int align, ActivationDistribution d) {
        return LUnitAccuracy.measure(LUnitConfig.lossless(bits, align, 128), d, 2_000, 42);
    }

    @Test
    void movingTheAlignedWidthSliderUpdatesTheSnrLabelAndTheMarker(FxRobot robot) {
        assertThat(text(robot, "lab-snr")).isEqualTo(LabResults.snrText(direct(4, 12, ActivationDistribution.GAUSSIAN)
                .snrDb()));
        Slider slider = robot.lookup("#lab-align-slider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(16));
        AccuracyResult at16 = direct(4, 16, ActivationDistribution.GAUSSIAN);
        assertThat(text(robot, "lab-snr")).isEqualTo(LabResults.snrText(at16.snrDb()));
        assertThat(text(robot, "lab-max-rel")).isEqualTo(LabResults.sci(at16.maxRelError()));
        assertThat(text(robot, "lab-mean-rel")).isEqualTo(LabResults.sci(at16.meanRelError()));
        assertThat(text(robot, "lab-acc")).startsWith(LUnitConfig.losslessAccBits(4, 16, 128) + " bits");
        assertThat(view.snrFigure().markerX()).isEqualTo(16);
    }

    @Test
    void histogramBinsAddUpToTheSampleCount(FxRobot robot) {
        robot.interact(() -> vm.distributionProperty().set(ActivationDistribution.OUTLIERS));
        robot.interact(() -> vm.samplesProperty().set(500));
        assertThat(view.histogramFigure().shown().total()).isEqualTo(500);
        assertThat(text(robot, "lab-snr")).isEqualTo(LabResults.snrText(LUnitAccuracy.measure(
                LUnitConfig.lossless(4, 12, 128), ActivationDistribution.OUTLIERS, 500, 42).snrDb()));
    }

    @Test
    void aNarrowAccumulatorIsUsedWhenLosslessIsOff(FxRobot robot) {
        robot.interact(() -> vm.losslessAccProperty().set(false));
        robot.interact(() -> vm.accBitsProperty().set(14));
        AccuracyResult narrow = LUnitAccuracy.measure(new LUnitConfig(4, 12, 14, 128), ActivationDistribution.GAUSSIAN,
                2_000, 42);
        assertThat(text(robot, "lab-snr")).isEqualTo(LabResults.snrText(narrow.snrDb()));
        robot.interact(() -> vm.alignBitsProperty().set(16));
        assertThat(vm.accBitsProperty().get()).as("never below the aligned width").isEqualTo(16);
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped(FxRobot robot) {
        List<Runnable> queued = new ArrayList<>();
        LabViewModel slow = new LabViewModel(SAME_THREAD, queued::add, Duration.ZERO, 5);
        List<Integer> shown = new ArrayList<>();
        slow.resultProperty().addListener((o, a, r) -> shown.add(r.config().alignBits()));
        robot.interact(() -> {
            slow.start();
            slow.alignBitsProperty().set(10);
            slow.alignBitsProperty().set(14);
        });
        robot.interact(() -> queued.forEach(Runnable::run));
        assertThat(shown).containsExactly(14);
    }

    @Test
    void aQueuedRequestThatIsAlreadyStaleNeverRuns(FxRobot robot) {
        List<Runnable> work = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        LabViewModel queuedVm = new LabViewModel(work::add, SAME_THREAD, Duration.ZERO, 5);
        queuedVm.resultProperty().addListener((o, a, r) -> shown.add(r.config().alignBits()));
        robot.interact(() -> {
            queuedVm.start();
            queuedVm.alignBitsProperty().set(20);
        });
        assertThat(work).hasSize(3); // sweep, width 12, width 20
        robot.interact(() -> work.forEach(Runnable::run));
        assertThat(shown).containsExactly(20);
    }
}
