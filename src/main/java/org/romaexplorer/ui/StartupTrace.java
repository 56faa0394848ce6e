package org.romaexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.romaexplorer.StartupLog;

/**
 * Start-up timestamps for {@code src/dev/cold-start.sh} and the AppCDS training run, off unless asked for.
 * {@code -Droma.startup.trace=true} prints {@code roma-startup shown=<epoch ms>} when the window is shown and
 * {@code roma-startup painted=<epoch ms>} when JavaFX has rendered the frame with the loaded design (metrics and
 * chart): at the start of the second pulse after the one that laid it out (a pulse waits, after its own layout,
 * for the previous frame's rendering). The window on screen can show it later (under Xvfb on a loaded machine up
 * to a second later), so the script times "painted" from screenshots and prints this mark beside it.
 * {@code -Droma.startup.exit=true} then quits (the AppCDS training run).
 */
final class StartupTrace {
    private static final boolean TRACE = Boolean.getBoolean("roma.startup.trace");
    private static final boolean EXIT = Boolean.getBoolean("roma.startup.exit");

    private StartupTrace() {}

    /** Call before {@code stage.show()}. */
    static void shown(Stage stage) {
        if (TRACE) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> StartupLog.mark("shown"));
        }
    }

    /** Call once the window's content shows the loaded design. */
    static void painted(Scene scene) {
        if (TRACE || EXIT) {
            afterPulse(scene, true, () -> afterPulse(scene, false, () -> afterPulse(scene, false, StartupTrace::done)));
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

    private static void done() {
        if (TRACE) {
            StartupLog.mark("painted");
        }
        if (EXIT) {
            Platform.exit();
        }
    }
}
