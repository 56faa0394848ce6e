package org.romaexplorer.ui.compare;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.romaexplorer.ui.ChartTabs;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * The compare-designs feature wired into the window: pins drawn on the charts, deltas beside the
 * headline, a strip naming the pins, a Compare tab and menu (Ctrl+B pins the current design).
 */
public final class Compare {
    private final PinBoard board;
    private final PinStrip strip;
    private final ComparisonTab tab;
    private final ChartTabs tabs;

    public Compare(ExplorerViewModel vm, ChartTabs tabs, Parent metricsBar, MenuBar menus) {
        this.tabs = tabs;
        board = new PinBoard(vm);
        tab = new ComparisonTab(vm, board);
        tabs.getTabs().add(tab);
        strip = new PinStrip(board, this::showTable);
        board.pinsProperty().addListener((o, a, p) -> tabs.showPins(p.list()));
        DeltaLabels.install(metricsBar, vm, board);
        menus.getMenus().add(helpIndex(menus), menu());
    }

    /** The strip of pins, to place under the headline. */
    public Node strip() { return strip; }

    public PinBoard board() { return board; }

    /** Selects the Compare tab. */
    public void showTable() {
        tabs.getSelectionModel().select(tab);
    }

    /** Writes the comparison as CSV (the tab's Export, without the file chooser). */
    public void exportCsv(java.nio.file.Path file) {
        tab.exportCsv(file);
    }

    private Menu menu() {
        Menu m = new Menu("Compare");
        MenuItem pin = new MenuItem("Pin current design");
        pin.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        pin.setOnAction(e -> board.pinCurrent());
        MenuItem table = new MenuItem("Comparison table");
        table.setOnAction(e -> showTable());
        MenuItem copy = new MenuItem("Copy comparison table");
        copy.setOnAction(e -> tab.copy());
        MenuItem clear = new MenuItem("Remove all pins");
        clear.setOnAction(e -> board.clear());
        m.getItems().addAll(pin, table, copy, new SeparatorMenuItem(), clear);
        return m;
    }

    /** Before a Help menu if there is one, else at the end. */
    private static int helpIndex(MenuBar menus) {
        for (int i = 0; i < menus.getMenus().size(); i++) {
            if ("Help".equals(menus.getMenus().get(i).getText())) {
                return i;
            }
        }
        return menus.getMenus().size();
    }
}
