package org.romaexplorer.ui.charts;

import static org.romaexplorer.ui.MenuItems.item;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.romaexplorer.ui.ChartTabs;
import org.romaexplorer.ui.theme.Theme;

/** View menu items beyond one per tab: next and previous tab (so every tab has a key), zoom reset, theme. */
public final class ViewItems {
    private ViewItems() {}

    /** {@code repaintShown}: whether the status bar shows repaint timings (a developer's view, off by default). */
    public static void addTo(Menu view, ChartTabs tabs, javafx.beans.property.BooleanProperty repaintShown) {
        javafx.scene.control.CheckMenuItem repaint = new javafx.scene.control.CheckMenuItem("Repaint time (developer)");
        repaint.setId("repaint-time-item");
        repaint.selectedProperty().bindBidirectional(repaintShown);
        MenuItem dark = new MenuItem("Dark theme");
        dark.setOnAction(e -> {
            Theme.toggle();
            dark.setText(Theme.dark() ? "Light theme" : "Dark theme");
        });
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Next tab", "Shortcut+Page Down", () -> tabs.getSelectionModel().selectNext()),
                item("Previous tab", "Shortcut+Page Up", () -> tabs.getSelectionModel().selectPrevious()),
                new SeparatorMenuItem(), item("Reset zoom", "Shortcut+0", tabs::resetZoom),
                new SeparatorMenuItem(), dark, repaint);
    }
}
