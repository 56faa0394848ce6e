package org.romaexplorer.ui.files;

import javafx.stage.Window;

/** Shows the quit question as the window asks it, without waiting for the answer, for tests. */
public final class DiscardAccess {
    private DiscardAccess() {}

    public static void show(Window owner) {
        DiscardDialog.build(owner, "llama3.2-3b-int4", true).show();
    }
}
