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

/** The paper's published numbers against the model, sortable, the error coloured by whether the row holds. */
public final class ReportView extends VBox {
    public ReportView() {
        TableView<ReportRow> table = new TableView<>();
        table.setId("report-table");
        table.getColumns().addAll(java.util.List.of(
                width(col("Id", ReportRow::id), 150), width(col("What", ReportRow::what), 300),
                col("Figure", ReportRow::figure), col("Series", ReportRow::series), number(col("x", ReportRow::x)),
                number(col("Published", ReportRow::published)), number(col("Modeled", ReportRow::modeled)),
                col("Unit", ReportRow::unit), errorColumn(), col("Holds", ReportRow::holds),
                col("Role", ReportRow::role), col("Kind", ReportRow::kind)));
        table.getItems().setAll(PaperReport.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label assumptions = new Label("Assumption set: " + PaperReport.assumptions());
        assumptions.setId("assumptions");
        assumptions.setWrapText(true);
        getChildren().addAll(assumptions, ReportActions.attach(table), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
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
                setText(empty || v == null || v.isNaN() ? null : new java.math.BigDecimal(v)
                        .round(new java.math.MathContext(5)).stripTrailingZeros().toPlainString());
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<ReportRow, Double> errorColumn() {
        TableColumn<ReportRow, Double> c = col("Error %", ReportRow::errorPct);
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                ReportRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || v == null ? null : String.format("%+.1f", v));
                setStyle(row == null ? "" : row.holds() ? "-fx-text-fill: #1b7f2a;"
                        : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
            }
        });
        return c;
    }

}
