package org.romaexplorer.ui.help;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The keyboard shortcuts, as Help › Keyboard shortcuts lists them: keys left, action right. Every menu
 * shortcut must be here (ShortcutsWindowTest); "Ctrl+1 … Ctrl+9" stands for the tab keys.
 */
final class Shortcuts {
    private Shortcuts() {}

    static final String[][] KEYS = {
        {"Ctrl+O", "Open preset (asks first when there are unsaved changes)"},
        {"Ctrl+S / Ctrl+Shift+S", "Save preset / save as"},
        {"Ctrl+Z", "Undo a design change"},
        {"Ctrl+Shift+Z, Ctrl+Y", "Redo"},
        {"Ctrl+1 … Ctrl+9", "Show tab 1 … 9"},
        {"Ctrl+Page Down / Ctrl+Page Up", "Next / previous tab (reaches every tab)"},
        {"Ctrl+0", "Reset the chart's zoom (or double-click the chart)"},
        {"Ctrl+E", "Export the chart as PNG"},
        {"Ctrl+Shift+C", "Copy the chart image"},
        {"Ctrl+B", "Pin the design to compare with (up to four)"},
        {"Ctrl+Q", "Quit (asks first when there are unsaved changes)"},
        {"F1", "This list"},
        {"Alt+F, E, V, C, H", "Open the File, Edit, View, Compare or Help menu"},
        {"Enter / Escape", "In a typed value: apply / show the applied value again"},
        {"Drag, mouse wheel", "On a chart: zoom in"},
    };

    static GridPane table() {
        GridPane g = new GridPane();
        g.setId("shortcuts-table");
        g.setHgap(16);
        g.setVgap(4);
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            Label what = new Label(KEYS[i][1]);
            key.setMinWidth(Region.USE_PREF_SIZE);
            what.setMinWidth(Region.USE_PREF_SIZE);
            g.addRow(i, key, what);
        }
        return g;
    }
}
