package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

/**
 * One parameter as label, slider, typed-in field and unit. The slider writes on every value change (also
 * while dragging); the field is a {@link ValueField}: Enter applies, Escape reverts, a rejected value is
 * explained under the field and never reaches the view-model.
 */
public final class ParamRow implements ParamControl {
    private final ParamSpec spec;
    private final ExplorerViewModel vm;
    private final Slider slider;
    private final ValueField field;
    private boolean syncing;

    ParamRow(ParamSpec spec, ExplorerViewModel vm) {
        this.spec = spec;
        this.vm = vm;
        slider = new Slider(spec.min(), spec.max(), spec.min());
        slider.setId(spec.key() + "-slider");
        slider.setPrefWidth(110); // grows into the column's room; a wider pref made the panel scroll sideways
        slider.setMinWidth(80);
        slider.valueProperty().addListener((o, a, v) -> onSlider(v.doubleValue()));
        // A drag ends with the thumb on the value it applied (5.5 on the LoRA bits slider showed while 4 applied).
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                show(vm.design());
            }
        });
        field = new ValueField(spec.key() + "-field", () -> NumberText.format(spec.value(vm.design())), this::onTyped);
        field.onLeftRejected(s -> vm.statusProperty().set(spec.label() + ": " + s));
    }

    @Override
    public void addTo(GridPane grid, int row) {
        Label name = new Label(spec.label());
        String range = spec.allowed().length > 0 ? "" : "\nslider " + NumberText.format(spec.min()) + "…"
                + NumberText.format(spec.max()) + "; type any accepted value";
        name.setTooltip(new Tooltip(spec.param().help() + range));
        Label unit = new Label(spec.unit());
        unit.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, slider, field, unit);
        GridPane.setValignment(name, VPos.BASELINE);
        GridPane.setValignment(unit, VPos.BASELINE);
        GridPane.setValignment(slider, VPos.TOP);
        GridPane.setHgrow(slider, javafx.scene.layout.Priority.ALWAYS);
        slider.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
    }

    @Override
    public void show(DesignPoint p) {
        syncing = true;
        double v = spec.value(p);
        slider.setValue(Math.max(spec.min(), Math.min(spec.max(), v)));
        field.refresh();
        syncing = false;
    }

    @Override
    public ReadOnlyBooleanProperty dragging() { return slider.valueChangingProperty(); }

    private void onSlider(double v) {
        if (syncing) {
            return;
        }
        int value = spec.snap(v);
        if (value != spec.value(vm.design())) {
            try {
                vm.setDesign(spec.apply(vm.design(), value));
            } catch (InvalidParameterException e) {
                vm.statusProperty().set(spec.label() + ": not applied, " + e.getMessage());
            }
        }
        if (!slider.isValueChanging()) {
            show(vm.design()); // the thumb on the applied value: a bit width between 4 and 8 goes back to its value
        }
    }

    private Optional<String> onTyped(String text) {
        NumberText.Parsed v = spec.parse(text);
        if (!v.ok()) {
            return Optional.of(v.problem());
        }
        return DesignEdit.apply(vm, () -> spec.apply(vm.design(), v.value()), 1);
    }
}
