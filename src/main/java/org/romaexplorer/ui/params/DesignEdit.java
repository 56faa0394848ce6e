package org.romaexplorer.ui.params;

import java.util.Optional;
import java.util.function.Supplier;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * Applies an edited design to the view-model only when the model accepts it and every output stays a finite
 * number (the model refuses any other design, {@code Metrics} naming the output); otherwise says why in plain
 * words and changes nothing.
 */
final class DesignEdit {
    private DesignEdit() {}

    /**
     * @param edit  builds the new design; may throw what the model throws for a bad value
     * @param scale shown value per model value, to translate the model's bounds into the field's unit
     * @return why the design was not applied, or empty when it was
     */
    static Optional<String> apply(ExplorerViewModel vm, Supplier<DesignPoint> edit, double scale) {
        DesignPoint p;
        try {
            p = edit.get();
            Evaluator.evaluate(p); // Metrics refuses any output that is not a finite, non-negative number
        } catch (InvalidParameterException e) {
            return Optional.of(NumberText.plainWords(withoutField(e), scale));
        } catch (ArithmeticException | IllegalArgumentException e) {
            return Optional.of("the model cannot use it (" + e.getMessage() + ")");
        }
        vm.setDesign(p);
        return Optional.empty();
    }

    private static String withoutField(InvalidParameterException e) {
        String prefix = e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
}
