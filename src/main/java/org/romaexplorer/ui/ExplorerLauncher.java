package org.romaexplorer.ui;

import javafx.application.Application;

/**
 * Starts {@link ExplorerApp} from the class path. A plain class: launching the Application subclass as the
 * main class on the class path fails with "JavaFX runtime components are missing".
 */
public final class ExplorerLauncher {
    private ExplorerLauncher() {}

    public static void main(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }
}
