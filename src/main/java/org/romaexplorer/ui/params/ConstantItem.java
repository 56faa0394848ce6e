package org.romaexplorer.ui.params;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * One chip or technology constant of the sheet: a record component of {@code Hardware} or {@code Technology},
 * shown in its display unit (model value / scale) under a readable name; the key, unit and source go in the
 * tooltip.
 */
final class ConstantItem<R extends Record> {
    private final String component;
    private final String name;
    private final String key;
    private final String unit;
    private final String source;
    private final double scale;
    private final Function<DesignPoint, R> part;
    private final BiFunction<DesignPoint, R, DesignPoint> withPart;

    ConstantItem(String component, String name, String key, String unit, String source, double scale,
                 Function<DesignPoint, R> part, BiFunction<DesignPoint, R, DesignPoint> withPart) {
        this.component = component;
        this.name = name;
        this.key = key;
        this.unit = unit;
        this.source = source;
        this.scale = scale;
        this.part = part;
        this.withPart = withPart;
    }

    String name() { return name; }

    String unit() { return unit; }

    String id() { return key.replace('_', '-') + "-field"; }

    String tooltip(DesignPoint p) {
        return name + " (key " + key + ")\nvalue: " + value(p) + (unit.isEmpty() ? "" : " " + unit)
                + "\nsource: " + source;
    }

    /** The value in the display unit. */
    double value(DesignPoint p) {
        return RecordEdit.get(part.apply(p), component) / scale;
    }

    /** Applies {@code text} to the view-model's design; returns why not, or empty when applied. */
    Optional<String> apply(ExplorerViewModel vm, String text) {
        R r = part.apply(vm.design());
        boolean whole = scale == 1 && RecordEdit.integral(r, component);
        NumberText.Parsed v = NumberText.parse(text, whole, -Double.MAX_VALUE, Double.MAX_VALUE);
        if (!v.ok()) {
            return Optional.of(v.problem());
        }
        return DesignEdit.apply(vm, () -> withPart.apply(vm.design(),
                RecordEdit.with(part.apply(vm.design()), component, v.value() * scale)), scale);
    }
}
