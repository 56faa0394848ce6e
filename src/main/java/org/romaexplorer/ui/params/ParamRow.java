package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

/**
 * One parameter as label, slider, typed-in field and unit. The slider writes on every value change (also
 * while dragging); the field writes on Enter or focus loss, and only a value the model accepts: anything
 * else is marked on the field and never reaches the view-model.
 */
public final class ParamRow {
    private final ParamSpec spec;
    private final ExplorerViewModel vm;
    private final Slider slider;
    private final TextField field = new TextField();
    private boolean syncing;

    ParamRow(ParamSpec spec, ExplorerViewModel vm, ValidationSupport validation) {
        this.spec = spec;
        this.vm = vm;
        slider = new Slider(spec.min(), spec.max(), spec.min());
        slider.setId(spec.key() + "-slider");
        slider.setPrefWidth(190);
        field.setId(spec.key() + "-field");
        field.setPrefColumnCount(6);
        slider.valueProperty().addListener((o, a, v) -> onSlider(v.doubleValue()));
        field.setOnAction(e -> onTyped());
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                onTyped();
            }
        });
        validation.registerValidator(field, false, (c, text) ->
                ValidationResult.fromErrorIf(c, problem((String) text), problem((String) text) != null));
    }

    /** Adds the row's controls to {@code grid} at {@code row}. */
    void addTo(GridPane grid, int row) {
        Label name = new Label(spec.label());
        String range = spec.allowed().length > 0 ? "one of " + java.util.Arrays.toString(spec.allowed())
                : "slider " + fmt(spec.min()) + "…" + fmt(spec.max()) + "; type any value the model accepts";
        name.setTooltip(new Tooltip(spec.knob().help() + "\n" + range));
        Label unit = new Label(spec.unit());
        unit.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, name, slider, field, unit);
    }

    /** Shows {@code p}'s value without writing back. */
    void show(DesignPoint p) {
        syncing = true;
        double v = spec.value(p);
        slider.setValue(Math.max(spec.min(), Math.min(spec.max(), v)));
        field.setText(fmt(v));
        syncing = false;
    }

    private void onSlider(double v) {
        if (syncing) {
            return;
        }
        int value = spec.snap(v);
        if (value == spec.value(vm.design())) {
            return;
        }
        try {
            vm.setDesign(spec.apply(vm.design(), value));
        } catch (InvalidParameterException e) {
            vm.statusProperty().set(e.getMessage());
            show(vm.design());
        }
    }

    private void onTyped() {
        OptionalInt v = parse(field.getText());
        if (v.isEmpty() || problem(field.getText()) != null || v.getAsInt() == spec.value(vm.design())) {
            return;
        }
        vm.setDesign(spec.apply(vm.design(), v.getAsInt()));
    }

    /** Why {@code text} cannot be used, or null if the model accepts it. */
    private String problem(String text) {
        OptionalInt v = parse(text);
        if (v.isEmpty()) {
            return spec.label() + ": not a whole number";
        }
        try {
            spec.apply(vm.design(), v.getAsInt());
            return null;
        } catch (InvalidParameterException e) {
            return spec.label() + ": " + e.getMessage();
        }
    }

    private static OptionalInt parse(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text == null ? "" : text.strip().replace(",", "")));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.4g", v);
    }
}
