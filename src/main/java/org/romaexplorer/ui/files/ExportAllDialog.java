package org.romaexplorer.ui.files;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.romaexplorer.figures.ChartExport.Format;

/** Asks which formats and which look File → Export all figures writes. OK needs at least one format. */
final class ExportAllDialog {
    /** The answer. */
    record Choice(Set<Format> formats, StyleChoice.Look look) {}

    private ExportAllDialog() {}

    static Optional<Choice> ask(Window owner, StyleChoice.Look initial) {
        Map<Format, CheckBox> boxes = new LinkedHashMap<>();
        HBox row = new HBox(10);
        for (Format f : Format.values()) {
            CheckBox b = new CheckBox(f.name());
            b.setSelected(f != Format.CSV);
            b.setId("export-all-" + f.extension());
            boxes.put(f, b);
            row.getChildren().add(b);
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Formats"), row);
        StyleChoice look = new StyleChoice(initial);
        look.addTo(g, 1);
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export all figures");
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> boxes.values().stream().noneMatch(CheckBox::isSelected),
                        boxes.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        d.setResultConverter(b -> b == ButtonType.OK ? new Choice(chosen(boxes), look.look()) : null);
        return d.showAndWait();
    }

    private static Set<Format> chosen(Map<Format, CheckBox> boxes) {
        Set<Format> out = EnumSet.noneOf(Format.class);
        boxes.forEach((f, b) -> {
            if (b.isSelected()) {
                out.add(f);
            }
        });
        return out;
    }
}
