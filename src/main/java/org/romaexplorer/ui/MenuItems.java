package org.romaexplorer.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Menu items with an optional shortcut, for every menu of the window. */
public final class MenuItems {
    private MenuItems() {}

    /** An item running {@code action}; {@code accelerator} like "Shortcut+Z", or null for none. */
    public static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem it = new MenuItem(text);
        if (accelerator != null) {
            it.setAccelerator(keys(accelerator));
        }
        it.setOnAction(e -> action.run());
        return it;
    }

    /**
     * A shortcut like "Shortcut+Z" or "Shortcut+Page Down", refused when a key name is not a key: JavaFX reads
     * an unknown name ("Page_Down") as a typed character that no key press ever matches, and
     * View › Next tab so never worked.
     */
    public static KeyCodeCombination keys(String text) {
        if (KeyCombination.keyCombination(text) instanceof KeyCodeCombination k) {
            return k;
        }
        throw new IllegalArgumentException("not a key combination: '" + text + "' (key names as in KeyCode, e.g. 'Page Down')");
    }
}
