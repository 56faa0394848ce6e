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
 * chart), by {@link FirstFrame}. The window on screen can show it later (under Xvfb on a loaded machine up to a
 * second later), so the script times "painted" from screenshots and prints this mark beside it.
 * {@code -Droma.startup.exit=true} then quits one frame later, after the work deferred past the first frame
 * (the AppCDS training run, which so records the classes of both).
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

    /** Call with the window's scene, before anything else asks {@link FirstFrame} to wait for its first frame. */
    static void painted(Scene scene) {
        if (TRACE || EXIT) {
            FirstFrame.after(scene, () -> {
                StartupLog.trace("painted");
                if (EXIT) {
                    FirstFrame.after(scene, Platform::exit);
                }
            });
        }
    }
}
