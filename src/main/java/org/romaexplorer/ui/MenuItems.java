package org.romaexplorer.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items with an optional shortcut, for every menu of the window. */
public final class MenuItems {
    private MenuItems() {}

    /** An item running {@code action}; {@code accelerator} like "Shortcut+Z", or null for none. */
    public static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem it = new MenuItem(text);
        if (accelerator != null) {
            it.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        it.setOnAction(e -> action.run());
        return it;
    }
}
