package org.romaexplorer.ui.files;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperSize;

/**
 * The style rows of an export dialog: screen (the window's look, the default) or paper in a single (3.5 in)
 * or double (7.16 in) column, and whether to add a caption naming the model, preset and key settings. Opens
 * on the look chosen last ({@link AppPrefs#exportLook}).
 */
final class StyleChoice {
    /** What was chosen. */
    record Look(FigureStyle style, PaperSize column, boolean caption) {
        static final Look SCREEN = new Look(FigureStyle.SCREEN, PaperSize.SINGLE, false);

        /** 0 screen, 1 paper single column, 2 paper double column: the choice box's index. */
        int index() {
            return style == FigureStyle.SCREEN ? 0 : column == PaperSize.DOUBLE ? 2 : 1;
        }

        static Look of(int index, boolean caption) {
            int i = Math.max(0, Math.min(2, index));
            return new Look(i > 0 ? FigureStyle.PAPER : FigureStyle.SCREEN, i == 2 ? PaperSize.DOUBLE : PaperSize.SINGLE,
                    caption);
        }
    }

    private static final List<String> OPTIONS = List.of("Screen (as in the window)",
            "Paper, single column (3.5 in, 8 pt)", "Paper, double column (7.16 in, 8 pt)");
    private final ChoiceBox<String> style = new ChoiceBox<>();
    private final CheckBox caption = new CheckBox("Caption: model, preset and key settings");

    StyleChoice(Look initial) {
        style.getItems().setAll(OPTIONS);
        style.getSelectionModel().select(initial.index());
        caption.setSelected(initial.caption());
        style.setId("export-style");
        caption.setId("export-caption");
    }

    /** Adds the rows to {@code g} from {@code row} on; returns the next free row. */
    int addTo(GridPane g, int row) {
        g.addRow(row, new Label("Style"), style);
        g.add(caption, 1, row + 1, 2, 1);
        return row + 2;
    }

    /** True while a paper style is chosen (its sizes come from the column). */
    BooleanBinding paper() {
        return Bindings.createBooleanBinding(() -> style.getSelectionModel().getSelectedIndex() > 0,
                style.getSelectionModel().selectedIndexProperty());
    }

    /** The choice box's index, observable: the dialog shows the paper size it gives. */
    javafx.beans.property.ReadOnlyIntegerProperty index() {
        return style.getSelectionModel().selectedIndexProperty();
    }

    Look look() {
        return Look.of(style.getSelectionModel().getSelectedIndex(), caption.isSelected());
    }
}
