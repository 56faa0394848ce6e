package org.romaexplorer.ui.designspace;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.romaexplorer.sweep.Requirement;

/**
 * The design-space tab's requirements and search controls: a field to type a requirement, the list of them
 * (each with ×), Best (goal seeking on the X objective), Search (NSGA-II front of X and Y), budget and seed,
 * and Pin it. Binds to a {@link DesignSpaceModel}; knows nothing else.
 */
final class DesignSpaceSearchBar {
    private DesignSpaceSearchBar() {}

    /** Requirements: typed, added with Enter or Add, listed as removable chips; a bad one says why in one line. */
    static FlowPane requirements(DesignSpaceModel model) {
        TextField field = new TextField();
        field.setId("ds-require");
        field.setPromptText("max_tokens>=8192");
        field.setPrefColumnCount(14);
        field.setTooltip(new Tooltip("A requirement on any metric: KEY>=VALUE, KEY<=VALUE, or KEY==true/false for a flag."
                + "\nDesigns that miss one are drawn grey and kept off the front; Best and Search meet them all."));
        Button add = new Button("Add");
        add.setId("ds-require-add");
        Runnable submit = () -> {
            if (model.addRequirement(field.getText())) {
                field.clear();
            }
        };
        add.setOnAction(e -> submit.run());
        field.setOnAction(e -> submit.run());
        Label problem = new Label();
        problem.setId("ds-require-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.requirementProblemProperty());
        FlowPane chips = new FlowPane(4, 4);
        chips.setId("ds-requirements");
        Runnable refill = () -> chips.getChildren().setAll(model.requirements.stream().map(r -> chip(model, r)).toList());
        model.requirements.addListener((javafx.collections.ListChangeListener<Requirement>) c -> refill.run());
        refill.run();
        // No chips, no problem: nothing of them laid out (an empty one wrapped onto a blank second row).
        chips.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(chips.getChildren()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        FlowPane row = new FlowPane(8, 4, label("Requirements"), field, add, chips, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Button chip(DesignSpaceModel model, Requirement r) {
        Button b = new Button(r + "  ×");
        b.setId("ds-requirement-" + r.metric().key());
        b.setMnemonicParsing(false); // max_tokens, not a shortcut on "t"
        b.setStyle("-fx-background-radius: 10; -fx-padding: 1 8 1 8;");
        b.setTooltip(new Tooltip("Remove " + r));
        b.setOnAction(e -> model.removeRequirement(r));
        return b;
    }

    /** Best, Search, budget, seed and Pin it. */
    static FlowPane search(DesignSpaceModel model) {
        Button best = new Button("Best X");
        best.setId("ds-best");
        best.setTooltip(new Tooltip("Goal seeking: the best design for the X objective under the requirements, over every "
                + "whole value of the included ranges (NSGA-II, seeded); loads it into the parameters (Ctrl+Z undoes)"));
        best.disableProperty().bind(model.runDisabled());
        best.setOnAction(e -> model.onBest());
        Button search = new Button("Search front");
        search.setId("ds-search");
        search.setTooltip(new Tooltip("NSGA-II over every whole value of the included ranges (no grid limit): the front of "
                + "X and Y under the requirements, within the budget below"));
        search.disableProperty().bind(model.runDisabled());
        search.setOnAction(e -> model.onSearch());
        Spinner<Integer> budget = spinner("ds-evaluations", 100, 1_000_000, (int) model.evaluations.get(), 1_000);
        budget.valueProperty().addListener((o, a, v) -> model.evaluations.set(v));
        Spinner<Integer> seed = spinner("ds-seed", 0, Integer.MAX_VALUE, (int) model.seed.get(), 1);
        seed.valueProperty().addListener((o, a, v) -> model.seed.set(v));
        Button pin = new Button("Pin it");
        pin.setId("ds-pin-best");
        pin.setTooltip(new Tooltip("Pin the design Best loaded, to compare it with others (Compare tab, Ctrl+B)"));
        pin.visibleProperty().bind(model.canPinProperty());
        pin.managedProperty().bind(model.canPinProperty());
        pin.setOnAction(e -> model.onPinBest());
        HBox knobs = new HBox(6, label("evaluations"), budget, label("seed"), seed);
        knobs.setAlignment(Pos.CENTER_LEFT);
        FlowPane row = new FlowPane(8, 4, best, search, knobs, pin);
        row.setAlignment(Pos.CENTER_LEFT);
        best.textProperty().bind(Bindings.createStringBinding(() -> "Best " + (model.xMetric.get() == null ? "X"
                : model.xMetric.get().name().toLowerCase(java.util.Locale.ROOT)), model.xMetric));
        return row;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, int step) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(id.endsWith("seed") ? 80 : 110);
        return s;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
