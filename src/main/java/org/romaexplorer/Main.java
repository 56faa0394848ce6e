package org.romaexplorer;

import org.romaexplorer.cli.RomaCli;

/**
 * Entry point of the jar. With a sub-command it runs headless; without arguments it prints usage
 * (the window opens here once the GUI exists). A plain class, not the JavaFX Application, so that the
 * shaded jar starts on the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        var cl = RomaCli.commandLine();
        if (args.length == 0) {
            cl.usage(cl.getOut());
            System.exit(0);
        }
        System.exit(cl.execute(args));
    }
}
