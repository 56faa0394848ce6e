package org.romaexplorer.ui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Tabs that cost nothing until first selected, for a fast first frame (docs/packaging.md, "Start-up"):
 * {@link #install} keeps unselected tabs' content out of the scene, so the window's first CSS pass (skins for
 * every control), layout and frame cover only the shown tab; {@link #later} does not even build a tab before
 * then, and {@link #contentWhenShown} builds only a tab's content then.
 */
final class LazyTabs {
    private LazyTabs() {}

    /**
     * Detaches the content of every tab of {@code pane} but the selected one until it is selected: the tabs
     * there now and any added later (a tab added by another feature once stayed in the first frame).
     */
    static void install(TabPane pane) {
        pane.getTabs().forEach(LazyTabs::detach);
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(LazyTabs::detach);
            }
        });
    }

    /** A stand-in with {@code title} and {@code id}, replaced in its pane by {@code make}'s tab when first selected. */
    static Tab later(String title, String id, Supplier<Tab> make) {
        Tab stand = new Tab(title);
        stand.setId(id);
        stand.setClosable(false);
        onFirstSelect(stand, () -> {
            TabPane pane = stand.getTabPane();
            Tab real = make.get();
            // Not set(i, real): replacing the selected tab makes the pane select a neighbour (built in turn).
            pane.getTabs().add(pane.getTabs().indexOf(stand), real);
            pane.getSelectionModel().select(real);
            pane.getTabs().remove(stand);
        });
        return stand;
    }

    /** Gives {@code tab} the content {@code make} builds when the tab is first selected (at once if it is). */
    static void contentWhenShown(Tab tab, Supplier<Node> make) {
        if (tab.isSelected()) {
            tab.setContent(make.get());
        } else {
            onFirstSelect(tab, () -> tab.setContent(make.get()));
        }
    }

    private static void detach(Tab tab) {
        Node content = tab.getContent();
        if (!tab.isSelected() && content != null) {
            tab.setContent(null);
            onFirstSelect(tab, () -> tab.setContent(content));
        }
    }

    private static void onFirstSelect(Tab tab, Runnable action) {
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }
}
