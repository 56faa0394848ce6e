package org.romaexplorer.ui;

import javafx.application.Application;

/**
 * Starts {@link ExplorerApp} from the class path. A plain class: launching the Application subclass as the
 * main class on the class path fails with "JavaFX runtime components are missing".
 */
public final class ExplorerLauncher {
    private ExplorerLauncher() {}

    public static void main(String[] args) {
        Thread warm = new Thread(org.romaexplorer.report.PaperReport::rows, "report-rows");
        warm.setDaemon(true);
        warm.start(); // the figures' published points, computed on the other core while JavaFX starts
        Application.launch(ExplorerApp.class, args);
    }
}
