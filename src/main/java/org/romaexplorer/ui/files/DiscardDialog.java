package org.romaexplorer.ui.files;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks what to do with unsaved changes before quitting or opening another preset. */
public final class DiscardDialog {
    /** The user's answer. KEEP (quitting only) keeps the changes for the next start. */
    public enum Choice { SAVE, KEEP, DISCARD, CANCEL }

    private static final ButtonType SAVE = new ButtonType("Save preset…", ButtonBar.ButtonData.YES);
    private static final ButtonType KEEP = new ButtonType("Quit, restore next time", ButtonBar.ButtonData.OTHER);
    private static final ButtonType DISCARD = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);

    private DiscardDialog() {}

    static Choice ask(Window owner, String presetName, boolean quitting) {
        Alert a = build(owner, presetName, quitting);
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == SAVE ? Choice.SAVE : b == KEEP ? Choice.KEEP : b == DISCARD ? Choice.DISCARD : Choice.CANCEL;
    }

    /**
     * The question, not yet shown. Its buttons take the width of their text (the dialog grows to hold them):
     * a 1280-px screen read "Quit, restore…" and "Discard cha…".
     */
    static Alert build(Window owner, String presetName, boolean quitting) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("The design differs from the preset “" + presetName + "”.");
        a.setContentText(quitting ? "Save it as a preset, keep it for the next start, or discard it?"
                : "Save it as a preset first, or discard it?");
        a.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
        if (quitting) {
            a.getButtonTypes().add(1, KEEP);
        }
        a.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ButtonType t : a.getButtonTypes()) {
            if (a.getDialogPane().lookupButton(t) instanceof javafx.scene.control.Button button) {
                button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return a;
    }
}
