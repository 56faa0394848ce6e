package org.romaexplorer;

import org.romaexplorer.cli.RomaCli;

/**
 * Entry point of the jar. With a sub-command it runs headless; without arguments, or with one preset file, it
 * opens the window.
 * A plain class, not the JavaFX Application, so that the shaded jar starts on the class path.
 */
public final class Main {
    private Main() {}

    /**
     * The window for no arguments, or for one preset file ({@code roma-dse my-design.json}, as a file manager's
     * "open with" passes it): the window opens on it. Anything else is a CLI command.
     */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                && !args[0].startsWith("-");
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            StartupLog.trace("main");
            org.romaexplorer.ui.ExplorerLauncher.main(args);
            return;
        }
        System.setProperty("java.awt.headless", "true"); // figures render through Java2D, no display
        System.exit(RomaCli.commandLine().execute(args));
    }
}
