package org.romaexplorer.ui;

import javafx.application.Application;
import org.romaexplorer.figures.PublishedPoint;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.ui.files.AppPrefs;

/**
 * Starts {@link ExplorerApp} from the class path. A plain class: launching the Application subclass as the
 * main class on the class path fails with "JavaFX runtime components are missing".
 */
public final class ExplorerLauncher {
    private ExplorerLauncher() {}

    public static void main(String[] args) {
        Thread warm = new Thread(ExplorerLauncher::warm, "start-up-warm");
        warm.setDaemon(true);
        warm.start();
        Application.launch(ExplorerApp.class, args);
    }

    /**
     * On the other core while JavaFX starts, in the order the window needs them: the preferences (their XML
     * reader), the figures' published points (the paper report) and a bundled preset (the JSON reader). The
     * window's thread then finds them computed or their classes loaded and initialized.
     */
    private static void warm() {
        AppPrefs.user().lastPreset();
        PublishedPoint.onPaper();
        PresetIo.bundled(PresetIo.BUNDLED.get(0));
    }
}
