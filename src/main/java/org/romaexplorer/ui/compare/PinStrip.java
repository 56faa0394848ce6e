package org.romaexplorer.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.PinColours;

/**
 * One line under the headline: the pinned designs as chips in their chart colour (the legend of the
 * dashed overlays), the baseline first; right-click or double-click a chip to rename it, make it the
 * baseline or remove it.
 */
final class PinStrip extends HBox {
    private final PinBoard board;
    private final HBox chips = new HBox(8);

    PinStrip(PinBoard board, Runnable showTable) {
        super(10);
        this.board = board;
        setId("pin-strip");
        Button pin = new Button("Pin design (Ctrl+B)");
        pin.setId("pin-button");
        pin.setOnAction(e -> board.pinCurrent());
        pin.disableProperty().bind(board.pinsProperty().map(Pins::full));
        Button table = new Button("Comparison table");
        table.setOnAction(e -> showTable.run());
        table.disableProperty().bind(board.pinsProperty().map(p -> p.size() == 0));
        chips.setAlignment(Pos.CENTER_LEFT);
        pin.setMinWidth(Region.USE_PREF_SIZE);
        table.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(pin, table, chips);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        board.pinsProperty().addListener((o, a, p) -> refill(p));
        refill(board.pins());
    }

    private void refill(Pins pins) {
        chips.getChildren().clear();
        if (pins.size() == 0) {
            Label hint = new Label("Pin a design to compare: charts overlay it dashed, the headline shows the change.");
            hint.setMinWidth(0); // the one text here that may give way on a narrow window, with its tooltip
            hint.setTooltip(new Tooltip(hint.getText()));
            chips.getChildren().add(hint);
        }
        for (int i = 0; i < pins.size(); i++) {
            chips.getChildren().add(chip(pins.get(i), i));
        }
    }

    private HBox chip(Pin p, int i) {
        Region swatch = new Region();
        swatch.setMinSize(22, 4);
        swatch.setMaxSize(22, 4);
        swatch.setStyle("-fx-border-color: " + PinColours.web(p.slot()) + "; -fx-border-style: segments(6, 4);"
                + " -fx-border-width: 3 0 0 0;");
        Label name = new Label(i == 0 ? p.name() + " (baseline)" : p.name());
        name.setId("pin-" + i);
        name.setStyle("-fx-font-weight: bold; -fx-text-fill: " + PinColours.web(p.slot()) + ";");
        Button remove = new Button("×");
        remove.setId("unpin-" + i);
        remove.setStyle("-fx-padding: 0 4 0 4;");
        remove.setOnAction(e -> board.remove(i));
        HBox chip = new HBox(4, swatch, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setOnContextMenuRequested(e -> menu(i).show(chip, e.getScreenX(), e.getScreenY()));
        chip.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                askName(i);
            }
        });
        Tooltip.install(chip, new Tooltip("Double-click to rename; right-click for more"));
        return chip;
    }

    private ContextMenu menu(int i) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> askName(i));
        MenuItem base = new MenuItem("Make baseline");
        base.setOnAction(e -> board.makeBaseline(i));
        base.setDisable(i == 0);
        MenuItem remove = new MenuItem("Remove");
        remove.setOnAction(e -> board.remove(i));
        return new ContextMenu(rename, base, remove);
    }

    private void askName(int i) {
        TextInputDialog d = new TextInputDialog(board.pins().get(i).name());
        d.setTitle("Rename pinned design");
        d.setHeaderText("Name of pinned design " + board.pins().get(i).name());
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.showAndWait().ifPresent(n -> board.rename(i, n));
    }
}
