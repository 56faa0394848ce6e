package org.romaexplorer.ui.help;

/** The keyboard shortcuts, as the Help menu lists them. */
final class Shortcuts {
    private Shortcuts() {}

    static final String TEXT = String.join("\n",
            "Ctrl+O            Open preset",
            "Ctrl+S            Save preset (Ctrl+Shift+S: save as)",
            "Ctrl+Z            Undo a design change",
            "Ctrl+Shift+Z, Ctrl+Y   Redo",
            "Ctrl+1 … Ctrl+9   Show tab 1 … 9",
            "Ctrl+Page Down / Ctrl+Page Up   Next / previous tab (every tab)",
            "Ctrl+E            Export the chart as PNG",
            "Ctrl+Shift+C      Copy the chart image",
            "Ctrl+Q            Quit (asks when there are unsaved changes)",
            "F1                This list",
            "",
            "In a typed value: Enter applies, Escape restores the applied value.",
            "On a chart: drag to zoom, mouse wheel zooms, double-click or View › Reset zoom restores.");
}
