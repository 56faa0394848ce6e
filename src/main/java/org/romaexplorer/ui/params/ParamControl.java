package org.romaexplorer.ui.params;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.layout.GridPane;
import org.romaexplorer.model.DesignPoint;

/** One row of the parameters panel: a slider with a typed field ({@link ParamRow}) or a drop-down ({@link ChoiceRow}). */
interface ParamControl {
    /** Adds the row's controls to {@code grid} at {@code row}. */
    void addTo(GridPane grid, int row);

    /** Shows {@code p}'s value without writing back. */
    void show(DesignPoint p);

    /** True while the control is dragged (one undo step per drag). */
    ReadOnlyBooleanProperty dragging();

    static ParamControl of(ParamSpec spec, org.romaexplorer.ui.ExplorerViewModel vm) {
        return spec.param().menu() ? new ChoiceRow(spec, vm) : new ParamRow(spec, vm);
    }
}
