package org.romaexplorer.ui.files;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Says that a background export has finished, where the user looks while working elsewhere in the window:
 * a ControlsFX notification in the window's corner for a few seconds, with a button that opens the folder
 * written into. The status bar says it too, for later.
 */
final class Finished {
    /** How long the notice stays. */
    static final Duration SHOWN = Duration.seconds(8);

    private Finished() {}

    /** A notice titled {@code title} saying {@code text}; {@code folder}, if not null, gets an "Open folder" button. */
    static void notify(Window owner, String title, String text, Path folder, Consumer<Path> open) {
        if (owner == null || !owner.isShowing() || owner.getScene() == null) {
            return; // a popup over a window with nothing in it is never drawn, and JavaFX then waits for it
        }
        Notifications n = Notifications.create().owner(owner).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN).styleClass("roma-notification");
        if (folder != null) {
            n.action(new Action("Open folder", e -> open.accept(folder)));
        }
        n.showInformation();
    }
}
