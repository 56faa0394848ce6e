package org.romaexplorer.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.romaexplorer.compare.Comparison;
import org.romaexplorer.compare.Comparison.Row;
import org.romaexplorer.compare.Delta;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.figures.PinColours;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * Every quantity of the current design against each pinned design: its value and the change from it,
 * coloured by whether the change is welcome. Copy puts the table on the clipboard tab-separated (it pastes
 * into a spreadsheet); Export writes it as CSV. Refilled when shown and on every change while shown.
 */
final class ComparisonTab extends Tab {
    private final PinBoard board;
    private final TableView<Row> table = new TableView<>();
    private final ExplorerViewModel vm;
    private final Label hint = new Label();
    /** What each column of the current table shows per row, for fitting its width. */
    private final java.util.Map<TableColumn<Row, ?>, Function<Row, String>> texts = new java.util.HashMap<>();
    static final String NO_PIN = "Pin a design (Ctrl+B) to compare: each pinned design gets a column of its values and"
            + " one of the change from it.";
    static final String HINT = "Change = current − pinned; green is better, red is worse.";

    ComparisonTab(ExplorerViewModel vm, PinBoard board) {
        super("Compare");
        this.vm = vm;
        this.board = board;
        setId("compare-tab");
        setClosable(false);
        table.setId("compare-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Button copy = new Button("Copy table");
        copy.setId("compare-copy");
        copy.setOnAction(e -> copy());
        Button export = new Button("Export CSV…");
        export.setOnAction(e -> chooseCsv());
        hint.setId("compare-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, copy, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, hint, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        setContent(box);
        selectedProperty().addListener((o, a, s) -> refresh());
        vm.designProperty().addListener((o, a, d) -> refresh());
        board.pinsProperty().addListener((o, a, p) -> refresh());
    }

    private void refresh() {
        if (!isSelected()) {
            return;
        }
        Comparison c = board.comparison();
        texts.clear();
        hint.setText(c.pins().isEmpty() ? NO_PIN : HINT);
        // No widths set: JavaFX then sizes each column to its longest text ("Fits in ROM", "tokens" whole).
        table.getColumns().setAll(java.util.List.of(left(text("Quantity", r -> r.quantity().name())),
                left(text("Unit", r -> r.quantity().unit())), right(text("Current", r -> r.quantity().text(r.current())))));
        for (int i = 0; i < c.pins().size(); i++) {
            addPin(c.pins().get(i), i);
        }
        table.getItems().setAll(c.rows());
        org.romaexplorer.ui.theme.ColumnFit.once(table, texts);
    }

    private void addPin(Pin p, int i) {
        TableColumn<Row, String> value = text(p.name(), r -> r.quantity().text(r.pinned().get(i)));
        value.setStyle("-fx-text-fill: " + PinColours.web(p.slot()) + "; -fx-alignment: CENTER-RIGHT;");
        TableColumn<Row, String> change = text("Change vs " + p.name(), r -> r.quantity().text(delta(r, i)));
        change.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : s);
                DeltaStyle.apply(this, r == null ? null : delta(r, i).verdict(r.quantity().better()));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        table.getColumns().addAll(java.util.List.of(value, change));
    }

    private static TableColumn<Row, String> right(TableColumn<Row, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Text columns centred like the number columns beside them (the theme's default is the top). */
    private static TableColumn<Row, String> left(TableColumn<Row, String> c) {
        c.setStyle("-fx-alignment: CENTER-LEFT;");
        return c;
    }

    private static Delta delta(Row r, int i) {
        return r.deltas().get(i);
    }

    private TableColumn<Row, String> text(String name, Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(name);
        texts.put(c, f);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** Puts the comparison on the clipboard, tab-separated. */
    void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putString(board.comparison().text('\t'));
        Clipboard.getSystemClipboard().setContent(c);
        vm.statusProperty().set("Copied the comparison table");
    }

    private void chooseCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export comparison as CSV");
        fc.setInitialFileName("comparison.csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = fc.showSaveDialog(getTabPane() == null ? null : getTabPane().getScene().getWindow());
        if (f != null) {
            exportCsv(f.toPath());
        }
    }

    /** Writes the comparison as CSV; a failure is reported in the status line. */
    void exportCsv(Path file) {
        try {
            Files.writeString(file, board.comparison().text(','));
            vm.statusProperty().set("Exported the comparison to " + file);
        } catch (IOException e) {
            vm.statusProperty().set("Cannot export the comparison to " + file + ": " + e.getMessage());
        }
    }
}
