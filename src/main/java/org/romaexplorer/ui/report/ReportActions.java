package org.romaexplorer.ui.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import org.romaexplorer.publish.ReportFormat;
import org.romaexplorer.report.ReportRow;

/**
 * The Report tab's copy and export: the selected rows (several with Shift/Ctrl) to the clipboard in any
 * {@link ReportFormat}, Ctrl+C as CSV text plus an HTML table (pastes as a table into office programs), and
 * the whole table to a file in any format. Rows go out in the order shown (sorted as the user sorted).
 */
final class ReportActions {
    private final TableView<ReportRow> table;
    private final java.util.function.BiFunction<ReportFormat, List<ReportRow>, String> render;
    private final Label status = new Label();

    private ReportActions(TableView<ReportRow> table, java.util.function.BiFunction<ReportFormat, List<ReportRow>, String> render) {
        this.table = table;
        this.render = render;
    }

    /** Adds multiple selection and Ctrl+C to {@code table}; returns the bar with the copy and export buttons. */
    static HBox attach(TableView<ReportRow> table) {
        return attach(table, ReportFormat::render);
    }

    /** As {@link #attach(TableView)}, the rows written by {@code render} (a peer design's report has its own notes). */
    static HBox attach(TableView<ReportRow> table, java.util.function.BiFunction<ReportFormat, List<ReportRow>, String> render) {
        ReportActions a = new ReportActions(table, render);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new javafx.scene.input.KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                a.copy(ReportFormat.CSV);
                e.consume();
            }
        });
        MenuButton copy = a.menu("Copy selected rows", "report-copy", a::copy);
        MenuButton export = a.menu("Export table", "report-export", a::export);
        a.status.setId("report-action-status");
        return new HBox(8, copy, export, a.status);
    }

    private MenuButton menu(String text, String id, java.util.function.Consumer<ReportFormat> action) {
        MenuButton b = new MenuButton(text);
        b.setId(id);
        for (ReportFormat f : ReportFormat.values()) {
            MenuItem it = new MenuItem("as " + f.name().toLowerCase(Locale.ROOT));
            it.setId(id + "-" + f.extension());
            it.setOnAction(e -> action.accept(f));
            b.getItems().add(it);
        }
        return b;
    }

    /** Puts the selected rows on the clipboard in {@code f}; CSV also as an HTML table. */
    void copy(ReportFormat f) {
        List<ReportRow> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (rows.isEmpty()) {
            status.setText("Select rows to copy first");
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(render.apply(f, rows));
        if (f == ReportFormat.CSV || f == ReportFormat.HTML) {
            c.putHtml(render.apply(ReportFormat.HTML, rows));
        }
        Clipboard.getSystemClipboard().setContent(c);
        status.setText("Copied " + rows.size() + " rows as " + f.name().toLowerCase(Locale.ROOT));
    }

    private void export(ReportFormat f) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the report as " + f.name().toLowerCase(Locale.ROOT));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + f.extension(), "*." + f.extension()));
        fc.setInitialFileName("report." + f.extension());
        var file = fc.showSaveDialog(table.getScene() == null ? null : table.getScene().getWindow());
        if (file != null) {
            try {
                Files.writeString(file.toPath(), render.apply(f, List.copyOf(table.getItems())), StandardCharsets.UTF_8);
                status.setText("Exported " + table.getItems().size() + " rows to " + file);
            } catch (IOException e) {
                new Alert(Alert.AlertType.ERROR, "Cannot export " + file.getName() + ": " + e.getMessage()).show();
            }
        }
    }
}
