package org.romaexplorer.ui.params;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;

/**
 * A typed-in value: applies on Enter (and when focus leaves), Escape shows the applied value again. A
 * rejected value stays in the field for correction, with a red border and the reason in plain words in a
 * balloon right under the field: a popup over the rows below, so no column widens and no row moves. The
 * next keystroke, Escape or leaving the field takes the balloon away; leaving a rejected field shows the
 * applied value again and says in one line (the window's status bar) what was not applied and why. Every
 * character typed stays: there is no filter.
 */
public final class ValueField extends StackPane {
    /** Undo, redo, redo: the window's (Edit menu) while the field has no typing of its own to undo. */
    private static final List<KeyCombination> WINDOW_KEYS = List.of(KeyCombination.valueOf("Shortcut+Z"),
            KeyCombination.valueOf("Shortcut+Shift+Z"), KeyCombination.valueOf("Shortcut+Y"));
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Popup balloon = new Popup();
    private final Supplier<String> applied;
    private final Function<String, Optional<String>> apply;
    private Consumer<String> leftRejected = s -> { };
    private boolean setting;

    /**
     * @param applied the applied value as text
     * @param apply   applies a text; returns why it was rejected, or empty when applied
     */
    public ValueField(String id, Supplier<String> applied, Function<String, Optional<String>> apply) {
        this.applied = applied;
        this.apply = apply;
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setMinWidth(Region.USE_PREF_SIZE); // the slider gives way on a narrow panel, never the value ("6826" for 68264)
        message.setId(id + "-message");
        message.getStyleClass().addAll("field-message", "field-balloon");
        message.setWrapText(true);
        message.setMaxWidth(260);
        balloon.getContent().add(message);
        balloon.setAutoFix(true);
        balloon.setHideOnEscape(false); // Escape is the field's: it shows the applied value again
        getChildren().add(field);
        field.setOnAction(e -> commit(false));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                refresh();
                e.consume();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::windowUndo);
        field.textProperty().addListener((o, a, t) -> {
            if (!setting) {
                showMessage(null); // a new edit: the old reason no longer applies
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(true);
            }
        });
        // The balloon belongs under the field: anything that moves the field (scrolling) or hides it takes it away.
        field.localToSceneTransformProperty().addListener(o -> balloon.hide());
        sceneProperty().addListener((o, a, s) -> balloon.hide());
        refresh();
    }

    /** Where a rejected value left behind is reported: "not applied: …; kept 288" (the status bar). */
    public void onLeftRejected(Consumer<String> say) {
        leftRejected = say;
    }

    /**
     * Undo and redo keys go to the window while the field shows the applied value (nothing typed of its own to
     * undo): type, Enter, Ctrl+Z undoes the design change. The text field's behaviour consumes them otherwise,
     * before the menu's accelerators see them.
     */
    private void windowUndo(KeyEvent e) {
        if (field.getScene() == null || !field.getText().equals(applied.get())) {
            return;
        }
        for (KeyCombination k : WINDOW_KEYS) {
            Runnable action = k.match(e) ? field.getScene().getAccelerators().get(k) : null;
            if (action != null) {
                action.run();
                e.consume();
                return;
            }
        }
    }

    /** Shows the applied value and clears any message. */
    public void refresh() {
        setText(applied.get());
        showMessage(null);
    }

    private void setText(String text) {
        setting = true;
        try {
            field.setText(text);
        } finally {
            setting = false;
        }
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
            String kept = applied.get();
            refresh();
            leftRejected.accept("not applied, " + problem.get() + "; kept " + kept);
        } else {
            showMessage(problem.get());
        }
    }

    private void showMessage(String text) {
        boolean show = text != null;
        message.setText(show ? text : "");
        field.pseudoClassStateChanged(DANGER, show);
        if (!show) {
            balloon.hide();
        } else if (field.getScene() != null && field.getScene().getWindow() != null
                && field.getScene().getWindow().isShowing()) {
            Point2D below = field.localToScreen(0, field.getHeight() + 2);
            if (below != null) {
                balloon.show(field, below.getX(), below.getY());
            }
        }
    }

    public TextField field() { return field; }

    /** The reason a typed value was not applied; its text is empty when there is none. */
    public Label message() { return message; }

    /** Whether the reason is on screen, under the field. */
    public boolean messageShown() { return balloon.isShowing(); }
}
