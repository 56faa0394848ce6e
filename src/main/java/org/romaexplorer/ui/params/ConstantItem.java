package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.romaexplorer.model.Constant;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

/**
 * One chip or technology constant in the property sheet: a record component of {@code Hardware} or
 * {@code Technology}, shown in the unit of its {@link Constant} (value / scale). A value the model rejects
 * is reported in the status line and not applied.
 */
public final class ConstantItem<R extends Record> implements PropertySheet.Item {
    private final ExplorerViewModel vm;
    private final String category;
    private final String component;
    private final String name;
    private final String unit;
    private final String source;
    private final double scale;
    private final Function<DesignPoint, R> part;
    private final BiFunction<DesignPoint, R, DesignPoint> withPart;
    private Runnable onRejected = () -> { };

    ConstantItem(ExplorerViewModel vm, String category, String component, String name, String unit, String source,
                 double scale, Function<DesignPoint, R> part, BiFunction<DesignPoint, R, DesignPoint> withPart) {
        this.vm = vm;
        this.category = category;
        this.component = component;
        this.name = name;
        this.unit = unit;
        this.source = source;
        this.scale = scale;
        this.part = part;
        this.withPart = withPart;
    }

    @Override public Class<?> getType() { return Double.class; }

    @Override public String getCategory() { return category; }

    @Override public String getName() { return name + (unit.isEmpty() ? "" : " (" + unit + ")"); }

    @Override public String getDescription() { return name + " [" + unit + "]\nsource: " + source; }

    /** The value in the constant's unit, to 9 significant digits (so 1.86 GiB does not read 1.8600000003). */
    @Override
    public Object getValue() {
        double v = RecordEdit.get(part.apply(vm.design()), component) / scale;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(9)).doubleValue();
    }

    @Override
    public void setValue(Object value) {
        double v = ((Number) value).doubleValue();
        if (v == (double) getValue()) {
            return;
        }
        try {
            DesignPoint p = vm.design();
            vm.setDesign(withPart.apply(p, RecordEdit.with(part.apply(p), component, v * scale)));
        } catch (InvalidParameterException e) {
            vm.statusProperty().set("Not applied: " + e.getMessage());
            onRejected.run();
        }
    }

    /** What to do after a rejected value, e.g. show the applied value again. */
    void setOnRejected(Runnable r) { onRejected = r; }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(Bindings.createObjectBinding(this::getValue, vm.designProperty()));
    }
}
