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
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;

/**
 * The paper's published numbers against the model, sortable, the error coloured by whether the row holds. A
 * line on top says what the table is (the paper's own designs and workloads, not the design on the left) and
 * that most rows that do not hold are the paper contradicting itself, with the page that explains each.
 */
public final class ReportView extends VBox {
    /** The page that explains every row that does not hold. */
    public static final String PAPER_FIT = "docs/paper-fit.md";

    public ReportView() {
        this(page -> { });
    }

    /** {@code openDoc} opens a documentation page (Help's opener). */
    public ReportView(java.util.function.Consumer<String> openDoc) {
        TableView<ReportRow> table = new TableView<>();
        table.setId("report-table");
        // Verdict columns first, the long description after them, the id last. Every column but the description
        // takes the width of its longest text (JavaFX sizes a column whose width is not set to its content), so
        // no header or cell reads "Ho…".
        TableColumn<ReportRow, ReportRow> error = errorColumn();
        TableColumn<ReportRow, String> holds = col("Holds", r -> ReportText.holds(r.holds()));
        holds.setComparator(java.util.Comparator.comparing((String h) -> h.equals(ReportText.holds(false))));
        java.util.Map<TableColumn<ReportRow, ?>, Function<ReportRow, String>> texts = new java.util.LinkedHashMap<>();
        TableColumn<ReportRow, ?>[] columns = new TableColumn[] {
            fits(texts, col("Figure", ReportRow::figure), ReportRow::figure),
            fits(texts, published(), ReportText::published),
            fits(texts, number(col("Modeled", ReportRow::modeled)), r -> ReportText.number(r.modeled())),
            fits(texts, col("Unit", ReportRow::unit), ReportRow::unit), fits(texts, error, ReportText::error),
            fits(texts, holds, r -> ReportText.holds(r.holds())),
            fits(texts, col("Kind", r -> ReportText.kind(r.kind())), r -> ReportText.kind(r.kind())),
            fits(texts, col("Role", r -> ReportText.role(r.role())), r -> ReportText.role(r.role())),
            fits(texts, col("What", ReportRow::what), ReportRow::what),
            fits(texts, col("Series", ReportRow::series), ReportRow::series),
            fits(texts, number(col("x", ReportRow::x)), r -> ReportText.number(r.x())),
            fits(texts, col("Id", ReportRow::id), ReportRow::id)};
        table.getColumns().addAll(java.util.List.of(columns));
        java.util.List<ReportRow> rows = PaperReport.rows();
        table.getItems().setAll(rows);
        org.romaexplorer.ui.theme.ColumnFit.install(table, texts);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        holds.setSortType(TableColumn.SortType.DESCENDING);
        error.setSortType(TableColumn.SortType.DESCENDING);
        // Rows that do not hold first, then the largest error of either sign: a bound that holds by a wide
        // margin has a large "error" that is no fault, so it must not push the failures off the screen.
        table.getSortOrder().setAll(java.util.List.of(holds, error));
        Label assumptions = new Label("Assumption set: " + PaperReport.assumptions());
        assumptions.setId("assumptions");
        assumptions.setWrapText(true);
        assumptions.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(about(rows, openDoc), assumptions, ReportActions.attach(table), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    /** What the table is, and why rows do not hold: before the table, so the red rows are read in their light. */
    private static TextFlow about(java.util.List<ReportRow> rows, java.util.function.Consumer<String> openDoc) {
        long failing = rows.stream().filter(r -> !r.holds()).count();
        Text what = new Text(String.format("Every number the paper publishes against the model, each at the paper's own"
                + " design and workload: these rows do not follow the design on the left. %d of %d do not hold; most"
                + " of those are the paper contradicting itself (its stated formats cannot give its own Fig. 10;"
                + " 4K KV and rank 64 do not fit 288 MB together; Fig. 9 at 2K against Fig. 7; the 8B with its LM"
                + " head in 1.86 GB), the rest are where the model differs. Each is explained in ", failing, rows.size()));
        Hyperlink page = new Hyperlink(PAPER_FIT);
        page.setId("report-paper-fit");
        page.setOnAction(e -> openDoc.accept(PAPER_FIT));
        page.setPadding(Insets.EMPTY);
        TextFlow flow = new TextFlow(what, page, new Text("."));
        flow.setId("report-about");
        flow.getStyleClass().add("report-about");
        what.getStyleClass().setAll("report-about-text");
        return flow;
    }

    private static <T> TableColumn<ReportRow, T> col(String name, Function<ReportRow, T> value) {
        TableColumn<ReportRow, T> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** {@code c}, to be as wide as its longest {@code text} (ColumnFit). */
    private static <T> TableColumn<ReportRow, T> fits(java.util.Map<TableColumn<ReportRow, ?>, Function<ReportRow, String>> texts,
                                                      TableColumn<ReportRow, T> c, Function<ReportRow, String> text) {
        texts.put(c, text);
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

    /**
     * The paper's number; a bound reads as the paper words it ("< 190"). Sorts by the number. The cell's item is
     * the row itself, so JavaFX can size the column to its text (a cell reading its row was measured empty).
     */
    private static TableColumn<ReportRow, ReportRow> published() {
        TableColumn<ReportRow, ReportRow> c = col("Published", r -> r);
        c.setComparator(java.util.Comparator.comparingDouble(ReportRow::published));
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(ReportRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : ReportText.published(row));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<ReportRow, ReportRow> errorColumn() {
        TableColumn<ReportRow, ReportRow> c = col("Error %", r -> r);
        c.setComparator((a, b) -> ReportText.bySize(a.errorPct(), b.errorPct()));
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(ReportRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : ReportText.error(row));
                setStyle(empty || row == null ? "" : row.holds() ? "-fx-text-fill: #1b7f2a;"
                        : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
            }
        });
        return c;
    }

}
