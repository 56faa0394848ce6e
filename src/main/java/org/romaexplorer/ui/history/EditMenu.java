package org.romaexplorer.ui.history;

import static org.romaexplorer.ui.MenuItems.item;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.romaexplorer.ui.ExplorerViewModel;

/** The Edit menu: undo, redo and reset to the preset; Ctrl+Y redoes too (added by the window). */
public final class EditMenu {
    public static final KeyCombination REDO_ALT = org.romaexplorer.ui.MenuItems.keys("Shortcut+Y");

    private EditMenu() {}

    public static Menu build(DesignUndo undo, ExplorerViewModel vm) {
        MenuItem u = item("Undo", "Shortcut+Z", undo::undo);
        u.setId("undo-item");
        u.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem r = item("Redo", "Shortcut+Shift+Z", undo::redo);
        r.setId("redo-item");
        r.disableProperty().bind(undo.canRedoProperty().not());
        Menu m = new Menu("_Edit");
        m.getItems().addAll(u, r, new SeparatorMenuItem(), item("Reset to preset", null, vm::resetToPreset));
        return m;
    }
}
