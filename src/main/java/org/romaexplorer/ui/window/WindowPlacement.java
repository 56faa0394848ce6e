package org.romaexplorer.ui.window;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.romaexplorer.ui.files.AppPrefs;

/** Puts the stage where {@link WindowFit} says, from the saved bounds; saves them when the app ends. */
public final class WindowPlacement {
    private WindowPlacement() {}

    public static void restore(Stage stage, AppPrefs prefs) {
        Rectangle2D b = WindowFit.fit(prefs.x(), prefs.y(), prefs.width(), prefs.height(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
    }

    public static void save(Stage stage, AppPrefs prefs) {
        if (stage.getWidth() > 0 && !stage.isIconified()) {
            prefs.setBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }
}
