package org.romaexplorer.ui.theme;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Table columns as wide as their longest text, header and sort arrow included, measured in the fonts the
 * theme gives them once the table is laid out ("Ho…", "tok…" and "Publis..." were columns set by hand or
 * sized by JavaFX before the theme's bold headers applied). Measured again whenever the rows change.
 */
public final class ColumnFit {
    /** Room for the sort arrow beside a header's text, and a little air. */
    private static final double ARROW = 22;

    private ColumnFit() {}

    /** Fits {@code texts}' columns (each with what its cells show for a row) of {@code table}, now and on every change. */
    public static <T> void install(TableView<T> table, Map<TableColumn<T, ?>, Function<T, String>> texts) {
        Runnable fit = () -> afterLayout(table, () -> fit(table, texts, 5));
        table.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> fit.run());
        table.sceneProperty().addListener((o, a, s) -> fit.run());
        fit.run();
    }

    /** Fits the columns once, after the next layout (for a table whose columns are made anew each time). */
    public static <T> void once(TableView<T> table, Map<TableColumn<T, ?>, Function<T, String>> texts) {
        afterLayout(table, () -> fit(table, texts, 5));
    }

    private static void afterLayout(TableView<?> table, Runnable then) {
        Scene scene = table.getScene();
        if (scene == null) { // a tab's content joins the scene when the tab is first shown: wait for it
            table.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene a, Scene s) {
                    if (s != null) {
                        table.sceneProperty().removeListener(this);
                        afterLayout(table, then);
                    }
                }
            });
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
        javafx.application.Platform.requestNextPulse();
    }

    private static <T> void fit(TableView<T> table, Map<TableColumn<T, ?>, Function<T, String>> texts, int tries) {
        if (font(table, ".table-cell", null) == null || table.lookup(".column-header") == null) {
            if (tries > 0) { // not laid out with cells yet: their fonts are what to measure in
                afterLayout(table, () -> fit(table, texts, tries - 1));
            }
            return;
        }
        table.applyCss(); // cells made in this layout may not have their style yet, nor its font and padding
        Font cellFont = font(table, ".table-cell", Font.getDefault());
        double pad = padding(table);
        Map<Object, Double> headers = headerWidths(table);
        texts.forEach((column, text) -> {
            if (table.getVisibleLeafColumns().indexOf(column) < 0) {
                return;
            }
            double w = headers.getOrDefault(column, width(column.getText(), cellFont) + ARROW);
            for (T row : List.copyOf(table.getItems())) {
                String s = text.apply(row);
                w = Math.max(w, s == null ? 0 : width(s, cellFont) + pad);
            }
            column.setPrefWidth(Math.ceil(w));
        });
    }

    /**
     * Each header's whole width: its label's text and graphic (the sort arrow and order, when sorted), the label's
     * and the header's padding, and room for an arrow that may come.
     */
    private static Map<Object, Double> headerWidths(TableView<?> table) {
        Map<Object, Double> out = new java.util.HashMap<>();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h && h.getTableColumn() != null
                    && h.lookup(".label") instanceof Label l) {
                double arrow = l.getGraphic() == null ? ARROW : 4;
                out.put(h.getTableColumn(), l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() + arrow);
            }
        }
        return out;
    }

    /** The font of a cell on screen (with text, styled): a spare cell kept for measuring may not be. */
    private static Font font(TableView<?> table, String selector, Font fallback) {
        for (Node n : table.lookupAll(selector)) {
            if (n instanceof TableCell<?, ?> c && c.isVisible() && c.getText() != null && !c.getText().isEmpty()
                    && c.getScene() != null) {
                return c.getFont();
            }
        }
        return fallback;
    }

    /** A cell's left and right padding, and a few pixels so a width that just fits is not cut by rounding. */
    private static double padding(TableView<?> table) {
        Node n = table.lookup(".table-cell");
        return (n instanceof Region r ? r.snappedLeftInset() + r.snappedRightInset() : 16) + 6;
    }

    private static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }
}
