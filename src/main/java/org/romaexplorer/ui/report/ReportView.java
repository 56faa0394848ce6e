package org.romaexplorer.ui.report;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;

/**
 * The published numbers against the model, sortable, the error coloured by whether the row holds: the paper's for
 * ROMA's presets, a peer design's own (with its contradictions and unknowns) when its bundled preset is loaded.
 */
public final class ReportView extends VBox {
    private final TableView<ReportRow> table = new TableView<>();
    private final Label assumptions = new Label();
    private final javafx.scene.control.TitledPane notes = new javafx.scene.control.TitledPane();
    private org.romaexplorer.peers.PeerReport peer;

    /** The paper's report. */
    public ReportView() {
        this(new javafx.beans.property.SimpleStringProperty(""));
    }

    /** The report of the loaded preset: its design's when it is one of the field's, else the paper's. */
    public ReportView(javafx.beans.value.ObservableValue<String> presetName) {
        table.setId("report-table");
        // Verdict columns first, the long description last: all of Id … Role fit a 1280-px window.
        TableColumn<ReportRow, Double> error = errorColumn();
        TableColumn<ReportRow, String> holds = col("Holds", r -> ReportText.holds(r.holds()));
        holds.setComparator(java.util.Comparator.comparing((String h) -> h.equals(ReportText.holds(false))));
        table.getColumns().addAll(java.util.List.of(
                width(col("Id", ReportRow::id), 104), width(col("Figure", ReportRow::figure), 66),
                width(published(), 94), width(number(col("Modeled", ReportRow::modeled)), 84),
                width(col("Unit", ReportRow::unit), 76), width(error, 88),
                width(holds, 68),
                width(col("Kind", r -> ReportText.kind(r.kind())), 108),
                width(col("Role", r -> ReportText.role(r.role())), 92),
                col("Series", ReportRow::series), number(col("x", ReportRow::x)), width(col("What", ReportRow::what), 420)));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        holds.setSortType(TableColumn.SortType.DESCENDING);
        error.setSortType(TableColumn.SortType.DESCENDING);
        // Rows that do not hold first, then the largest error of either sign: a bound that holds by a wide
        // margin has a large "error" that is no fault, so it must not push the failures off the screen.
        table.getSortOrder().setAll(java.util.List.of(holds, error));
        assumptions.setId("assumptions");
        assumptions.setWrapText(true);
        notes.setId("report-notes");
        notes.setText("Contradictions and unknowns");
        notes.setExpanded(false);
        notes.managedProperty().bind(notes.visibleProperty());
        getChildren().addAll(assumptions, ReportActions.attach(table, this::render), table, notes);
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        show(presetName.getValue());
        presetName.addListener((o, a, name) -> show(name));
    }

    /** Shows the report of the preset named {@code name}. */
    private void show(String name) {
        peer = org.romaexplorer.peers.Peers.of(name == null ? "" : name).map(org.romaexplorer.peers.PeerDesign::report)
                .orElse(null);
        table.getItems().setAll(peer == null ? PaperReport.rows() : peer.rows());
        table.sort();
        assumptions.setText(peer == null ? "Assumption set: " + PaperReport.assumptions()
                : peer.design() + " (preset " + peer.preset() + "). Assumption set: " + peer.assumptions());
        notes.setVisible(peer != null);
        if (peer != null) {
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea("Contradictions:\n- "
                    + String.join("\n- ", peer.contradictions()) + "\n\nUnknowns:\n- " + String.join("\n- ", peer.unknowns()));
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(8);
            notes.setContent(text);
        }
    }

    /** The rows in a format, with the shown design's assumption set and notes. */
    private String render(org.romaexplorer.publish.ReportFormat f, java.util.List<ReportRow> rows) {
        return peer == null ? f.render(rows) : f.render(new org.romaexplorer.peers.PeerReport(peer.design(), peer.preset(),
                peer.assumptions(), rows, peer.contradictions(), peer.unknowns()));
    }

    private static <T> TableColumn<ReportRow, T> col(String name, Function<ReportRow, T> value) {
        TableColumn<ReportRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static <T> TableColumn<ReportRow, T> width(TableColumn<ReportRow, T> c, double w) {
        c.setPrefWidth(w);
        return c;
    }

    /** Numbers to 5 significant digits, blank for NaN. */
    private static TableColumn<ReportRow, Double> number(TableColumn<ReportRow, Double> c) {
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : ReportText.number(v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** The paper's number; a bound reads as the paper words it ("< 190"). Sorts by the number. */
    private static TableColumn<ReportRow, Double> published() {
        TableColumn<ReportRow, Double> c = col("Published", ReportRow::published);
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                ReportRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : ReportText.published(row));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<ReportRow, Double> errorColumn() {
        TableColumn<ReportRow, Double> c = col("Error %", ReportRow::errorPct);
        c.setComparator(ReportText::bySize);
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                ReportRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || v == null ? null : ReportText.error(v));
                setStyle(row == null ? "" : row.holds() ? "-fx-text-fill: #1b7f2a;"
                        : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
            }
        });
        return c;
    }

}
