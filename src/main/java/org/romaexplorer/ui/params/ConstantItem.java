package org.romaexplorer.ui.params;

import java.util.Optional;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Param;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * One parameter of the constants sheet (every {@link Param} without a slider): shown in its display unit under
 * its name; what it is, its range, default, source and key go in the tooltip ({@link Param#help()}).
 */
final class ConstantItem {
    private final Param param;

    ConstantItem(Param param) {
        this.param = param;
    }

    String name() { return param.name(); }

    String unit() { return param.unit(); }

    /** The names a choice or flag takes (empty for a number). */
    java.util.List<String> choices() { return param.choices(); }

    String id() { return param.key().replace('_', '-') + "-field"; }

    String tooltip(DesignPoint p) {
        return param.name() + " = " + text(p) + (param.unit().isEmpty() ? "" : " " + param.unit()) + "\n" + param.help()
                + (param.calibrated() ? " (calibrated)" : "");
    }

    /** The value as the field shows it: a number in the display unit, a choice or flag by name. */
    String text(DesignPoint p) {
        double v = param.get(p);
        return param.choices().isEmpty() ? NumberText.format(v) : param.text(v);
    }

    /** Applies {@code text} to the view-model's design; returns why not, or empty when applied. */
    Optional<String> apply(ExplorerViewModel vm, String text) {
        double v;
        if (param.choices().isEmpty()) {
            NumberText.Parsed n = NumberText.parse(text, param.integer(), -Double.MAX_VALUE, Double.MAX_VALUE);
            if (!n.ok()) {
                return Optional.of(n.problem());
            }
            v = n.value();
        } else {
            try {
                v = param.parse(text);
            } catch (InvalidParameterException e) {
                return Optional.of(e.problem());
            }
        }
        return DesignEdit.apply(vm, () -> param.set(vm.design(), v), 1);
    }
}
