package org.romaexplorer.ui.params;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * A parameter that picks one of a few named choices ({@link org.romaexplorer.model.Param#choices()}, e.g.
 * {@code kv_overflow}: reject, spill, evict) or of a few allowed values ({@code node_nm}: 3 … 65 nm): a drop-down
 * over the slider's and field's columns, showing the names the CLI's {@code --set} accepts, never a numeric code.
 */
final class ChoiceRow implements ParamControl {
    private static final ReadOnlyBooleanProperty NEVER_DRAGGED = new SimpleBooleanProperty(false);
    private final ParamSpec spec;
    private final ExplorerViewModel vm;
    private final ChoiceBox<String> box = new ChoiceBox<>();
    private final java.util.List<Double> values = new java.util.ArrayList<>();
    private boolean syncing;

    ChoiceRow(ParamSpec spec, ExplorerViewModel vm) {
        this.spec = spec;
        this.vm = vm;
        org.romaexplorer.model.Param k = spec.param();
        if (k.choices().isEmpty()) {
            for (double a : k.allowed()) {
                values.add(a);
                box.getItems().add(k.text(a) + (k.unit().isEmpty() ? "" : " " + k.unit()));
            }
        } else {
            for (int i = 0; i < k.choices().size(); i++) {
                values.add((double) i);
            }
            box.getItems().setAll(k.choices());
        }
        box.setId(spec.key() + "-choice");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(100); // it spans the slider's and field's columns: its wide pref must not widen them
        box.valueProperty().addListener((o, a, v) -> onChoice(v));
    }

    @Override
    public void addTo(GridPane grid, int row) {
        Label name = new Label(spec.label());
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setTooltip(new Tooltip(spec.param().help()));
        grid.add(name, 0, row);
        grid.add(box, 1, row, 2, 1);
    }

    @Override
    public void show(DesignPoint p) {
        syncing = true;
        int i = values.indexOf(spec.value(p));
        box.setValue(i < 0 ? null : box.getItems().get(i));
        syncing = false;
    }

    @Override
    public ReadOnlyBooleanProperty dragging() { return NEVER_DRAGGED; }

    private void onChoice(String name) {
        if (syncing || name == null) {
            return;
        }
        try {
            vm.setDesign(spec.apply(vm.design(), values.get(box.getItems().indexOf(name))));
        } catch (InvalidParameterException e) {
            vm.statusProperty().set(spec.label() + ": not applied, " + e.getMessage());
            show(vm.design());
        }
    }
}
