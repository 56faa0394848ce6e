package org.romaexplorer.ui.compare;

import static org.romaexplorer.ui.MenuItems.item;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.romaexplorer.ui.ChartTabs;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * The compare-designs feature wired into the window: pins drawn on the charts, deltas beside the
 * headline, a strip naming the pins, a Compare tab, and a menu for the window's menu bar (Ctrl+B pins the
 * current design).
 */
public final class Compare {
    private final PinBoard board;
    private final PinStrip strip;
    private final ComparisonTab tab;
    private final ChartTabs tabs;

    public Compare(ExplorerViewModel vm, ChartTabs tabs, Parent metricsBar) {
        this.tabs = tabs;
        board = new PinBoard(vm);
        tabs.setPinAction(board::pinCurrent);
        tab = new ComparisonTab(vm, board);
        tabs.getTabs().add(tab);
        strip = new PinStrip(board, this::showTable);
        board.pinsProperty().addListener((o, a, p) -> tabs.showPins(p.list()));
        DeltaLabels.install(metricsBar, vm, board);
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

    /** The Compare menu: pin (Ctrl+B), show, copy, remove all. */
    public Menu menu() {
        Menu m = new Menu("_Compare");
        m.getItems().addAll(item("Pin current design", "Shortcut+B", board::pinCurrent),
                item("Comparison table", null, this::showTable), item("Copy comparison table", null, tab::copy),
                new SeparatorMenuItem(), item("Remove all pins", null, board::clear));
        return m;
    }
}
