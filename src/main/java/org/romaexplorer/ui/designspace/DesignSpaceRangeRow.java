package org.romaexplorer.ui.designspace;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.RangeSlider;

/** One sweepable knob: include checkbox, range slider, the values it gives, and a steps spinner. */
public final class DesignSpaceRangeRow {
    private final CheckBox on;
    private final RangeSlider slider;
    private final Label values = new Label();
    private final Spinner<Integer> steps = new Spinner<>(1, DesignSpaceKnob.MAX_STEPS, 1);

    DesignSpaceRangeRow(DesignSpaceAxisState state) {
        DesignSpaceKnob spec = state.spec();
        String id = spec.knob().key().replace('_', '-');
        on = new CheckBox(spec.label());
        on.setId("ds-" + id + "-on");
        on.selectedProperty().bindBidirectional(state.onProperty());
        on.setMinWidth(Region.USE_PREF_SIZE);
        slider = new RangeSlider(spec.min(), spec.max(), state.loProperty().get(), state.hiProperty().get());
        slider.setId("ds-" + id + "-range");
        slider.getStylesheets().add(org.romaexplorer.ui.theme.Theme.RANGE_SLIDER_CSS);
        slider.setPrefWidth(320);
        slider.setMajorTickUnit(spec.discrete() ? 1 : (spec.max() - spec.min()) / 8);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setSnapToTicks(spec.discrete());
        slider.lowValueProperty().bindBidirectional(state.loProperty());
        slider.highValueProperty().bindBidirectional(state.hiProperty());
        slider.disableProperty().bind(state.onProperty().not());
        steps.setId("ds-" + id + "-steps");
        steps.setEditable(true);
        steps.setPrefWidth(74);
        // Listeners, not bindBidirectional(asObject()): that wrapper is only weakly held and gets collected.
        steps.getValueFactory().setValue(state.stepsProperty().get());
        steps.valueProperty().addListener((o, a, v) -> state.stepsProperty().set(v));
        state.stepsProperty().addListener((o, a, v) -> steps.getValueFactory().setValue(v.intValue()));
        steps.disableProperty().bind(state.onProperty().not().or(Bindings.createBooleanBinding(spec::discrete)));
        steps.setTooltip(new Tooltip(spec.discrete() ? "Takes only " + java.util.Arrays.toString(spec.allowed())
                : "Number of evenly spaced values, rounded to whole " + (spec.knob().unit().isEmpty() ? "numbers"
                : spec.knob().unit())));
        values.setId("ds-" + id + "-values");
        values.textProperty().bind(Bindings.createStringBinding(state::summary, state.dependencies()));

    }

    /** The row as two lines: the checkbox and the values it gives, then the slider and its steps. */
    javafx.scene.Node node() {
        Label stepsLabel = new Label("steps");
        stepsLabel.setMinWidth(Region.USE_PREF_SIZE);
        values.setMinWidth(0);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(8, on, values);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        slider.setPrefWidth(Region.USE_COMPUTED_SIZE);
        slider.setMinWidth(100);
        slider.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(slider, Priority.ALWAYS);
        javafx.scene.layout.HBox body = new javafx.scene.layout.HBox(8, slider, stepsLabel, steps);
        body.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        body.setPadding(new javafx.geometry.Insets(0, 0, 0, 6));
        return new javafx.scene.layout.VBox(2, head, body);
    }
}
