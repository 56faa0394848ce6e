package org.romaexplorer.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work that can wait until the window's first frame is on screen. {@link #after} runs an action on the FX
 * thread after the pulse that lays out the scene's next frame and two more, queued behind what waits on the
 * FX thread's queue then. The renderer hands a finished frame to the window through that queue (Prism's
 * software pipeline, as under Xvfb: {@code SceneState.uploadPixels}), and a pulse with nothing to draw does
 * not wait for the renderer, so a long action can still run before the hand-over and keep the frame off the
 * screen: the whole constants sheet in one action did so for about 200 ms. {@link #thenInSteps} therefore
 * does such work in small steps, one per pulse, and frames reach the window between them.
 */
final class FirstFrame {
    private FirstFrame() {}

    /** Runs {@code then} after the pulse that lays out {@code scene}'s next frame, two more, and the queue. */
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
