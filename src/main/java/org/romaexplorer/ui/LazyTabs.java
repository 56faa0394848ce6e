package org.romaexplorer.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps each tab's content out of the scene until the tab is first selected. The window's first CSS pass
 * (skins for every control), layout and frame then cover only the shown tab: at start-up the hidden tabs'
 * figures, tables and fields cost nothing (measured in README, "Cold start").
 */
final class LazyTabs {
    private LazyTabs() {}

    /** Detaches the content of every tab of {@code pane} but the selected one, until it is selected. */
    static void install(TabPane pane) {
        for (Tab tab : pane.getTabs()) {
            if (!tab.isSelected() && tab.getContent() != null) {
                detach(tab);
            }
        }
    }

    private static void detach(Tab tab) {
        Node content = tab.getContent();
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
    }
}
