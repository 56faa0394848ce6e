package org.romaexplorer.ui.params;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A typed-in value: applies on Enter (and when focus leaves), Escape shows the applied value again. A
 * rejected value stays in the field for correction, with the reason in plain words right under it; leaving
 * the field then shows the applied value again and keeps the reason visible until the next edit. Every
 * character typed stays: there is no filter.
 */
public final class ValueField extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Supplier<String> applied;
    private final Function<String, Optional<String>> apply;

    /**
     * @param applied the applied value as text
     * @param apply   applies a text; returns why it was rejected, or empty when applied
     */
    public ValueField(String id, Supplier<String> applied, Function<String, Optional<String>> apply) {
        this.applied = applied;
        this.apply = apply;
        field.setId(id);
        field.setPrefColumnCount(6);
        message.setId(id + "-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMaxWidth(220);
        showMessage(null);
        getChildren().addAll(field, message);
        field.setOnAction(e -> commit(false));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(true);
            }
        });
        refresh();
    }

    /** Shows the applied value and clears any message. */
    public void refresh() {
        field.setText(applied.get());
        showMessage(null);
    }

    private void commit(boolean leaving) {
        if (field.getText().equals(applied.get())) {
            showMessage(null);
            return;
        }
        Optional<String> problem = apply.apply(field.getText());
        if (problem.isEmpty()) {
            refresh();
        } else if (leaving) {
            field.setText(applied.get());
            showMessage("Not applied: " + problem.get() + "; kept " + applied.get());
        } else {
            showMessage(problem.get());
        }
    }

    private void showMessage(String text) {
        boolean show = text != null;
        message.setText(show ? text : "");
        message.setVisible(show);
        message.setManaged(show);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), show);
    }

    public TextField field() { return field; }

    public Label message() { return message; }
}
