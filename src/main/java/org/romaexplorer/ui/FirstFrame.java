package org.romaexplorer.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that can wait until a frame is on screen: {@link #after} runs an action on the FX thread once the
 * scene's next laid-out frame is in the window. That frame has been rendered by the start of the second pulse
 * after the one that laid it out (a pulse waits, after its own layout, for the previous frame's rendering);
 * the renderer then hands the pixels to the window through the FX thread's queue (Prism's software pipeline,
 * as under Xvfb), so the action is queued behind them. Run inside that pulse instead, a long action kept the
 * frame off the screen until it ended (200 ms for the constants sheet). The window uses it to build what the
 * first frame does not need after that frame, not before.
 */
final class FirstFrame {
    private FirstFrame() {}

    /** Runs {@code then} once the frame after the next layout of {@code scene} has been rendered. */
    static void after(Scene scene, Runnable then) {
        afterPulse(scene, true, () -> afterPulse(scene, false, () -> afterPulse(scene, false,
                () -> Platform.runLater(then))));
    }

    /**
     * After the next frame ({@link #after}), runs {@code step} once per pulse until it returns true: work in
     * small steps lets the frames between them, the first one included, reach the window.
     */
    static void thenInSteps(Scene scene, BooleanSupplier step) {
        after(scene, () -> stepPerPulse(scene, step));
    }

    private static void stepPerPulse(Scene scene, BooleanSupplier step) {
        if (!step.getAsBoolean()) {
            afterPulse(scene, false, () -> stepPerPulse(scene, step));
        }
    }

    private static void afterPulse(Scene scene, boolean postLayout, Runnable then) {
        Runnable once = new Runnable() {
            @Override public void run() {
                if (postLayout) {
                    scene.removePostLayoutPulseListener(this);
                } else {
                    scene.removePreLayoutPulseListener(this);
                }
                then.run();
            }
        };
        if (postLayout) {
            scene.addPostLayoutPulseListener(once);
        } else {
            scene.addPreLayoutPulseListener(once);
        }
        Platform.requestNextPulse();
    }
}
