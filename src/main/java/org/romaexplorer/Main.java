package org.romaexplorer;

import org.romaexplorer.cli.RomaCli;

/**
 * Entry point of the jar. With a sub-command it runs headless; without arguments it opens the window.
 * A plain class, not the JavaFX Application, so that the shaded jar starts on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            StartupLog.trace("main");
            org.romaexplorer.ui.ExplorerLauncher.main(args);
            return;
        }
        System.setProperty("java.awt.headless", "true"); // figures render through Java2D, no display
        System.exit(RomaCli.commandLine().execute(args));
    }
}
