package org.romaexplorer.ui.history;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * Whether the applied design differs from the preset last opened or saved: then closing, quitting or opening
 * another file asks first, and the title carries a marker. Undoing back to the preset clears it.
 */
public final class Unsaved {
    private Unsaved() {}

    public static BooleanBinding of(ExplorerViewModel vm) {
        return Bindings.createBooleanBinding(() -> !vm.design().equals(vm.preset()),
                vm.designProperty(), vm.presetProperty());
    }

    /** "ROMA Explorer — name", with "• " in front when there are unsaved changes. */
    public static String title(String presetName, boolean unsaved) {
        return (unsaved ? "• " : "") + "ROMA Explorer — " + presetName + (unsaved ? " (unsaved changes)" : "");
    }
}
