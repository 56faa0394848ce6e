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
 * The published numbers against the model, sortable, the error coloured by whether the row holds: the paper's for
 * ROMA's presets, a peer design's own (with its contradictions and unknowns) when its bundled preset is loaded. A
 * line on top says what the table is (the published designs and workloads, not the design on the left) and why
 * rows do not hold, with the page that explains each.
 */
public final class ReportView extends VBox {
    /** The page that explains every row of the paper's report that does not hold. */
    public static final String PAPER_FIT = "docs/paper-fit.md";
    /** The page that explains the peer designs' rows. */
    public static final String PEERS = "docs/peers.md";
    private final TableView<ReportRow> table = new TableView<>();
    private final Label assumptions = new Label();
    private final TextFlow about = new TextFlow();
    private final javafx.scene.control.TitledPane notes = new javafx.scene.control.TitledPane();
    private final java.util.function.Consumer<String> openDoc;
    private org.romaexplorer.peers.PeerReport peer;

    /** The paper's report. */
    public ReportView() {
        this(new javafx.beans.property.SimpleStringProperty(""), page -> { });
    }

    /**
     * The report of the loaded preset: its design's when it is one of the field's, else the paper's. {@code openDoc}
     * opens a documentation page (Help's opener).
     */
    public ReportView(javafx.beans.value.ObservableValue<String> presetName, java.util.function.Consumer<String> openDoc) {
        this.openDoc = openDoc;
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
        org.romaexplorer.ui.theme.ColumnFit.install(table, texts);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        holds.setSortType(TableColumn.SortType.DESCENDING);
        error.setSortType(TableColumn.SortType.DESCENDING);
        // Rows that do not hold first, then the largest error of either sign: a bound that holds by a wide
        // margin has a large "error" that is no fault, so it must not push the failures off the screen.
        table.getSortOrder().setAll(java.util.List.of(holds, error));
        assumptions.setId("assumptions");
        assumptions.setWrapText(true);
        assumptions.setMinHeight(Region.USE_PREF_SIZE);
        about.setId("report-about");
        about.getStyleClass().add("report-about");
        notes.setId("report-notes");
        notes.setText("Contradictions and unknowns");
        notes.setExpanded(false);
        notes.managedProperty().bind(notes.visibleProperty());
        getChildren().addAll(about, assumptions, ReportActions.attach(table, this::render), table, notes);
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
        java.util.List<ReportRow> rows = peer == null ? PaperReport.rows() : peer.rows();
        table.getItems().setAll(rows);
        table.sort();
        assumptions.setText(peer == null ? "Assumption set: " + PaperReport.assumptions()
                : peer.design() + " (preset " + peer.preset() + "). Assumption set: " + peer.assumptions());
        about(rows);
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

    /** What the table is, and why rows do not hold: before the table, so the red rows are read in their light. */
    private void about(java.util.List<ReportRow> rows) {
        long failing = rows.stream().filter(r -> !r.holds()).count();
        String page = peer == null ? PAPER_FIT : PEERS;
        Text what = new Text(peer == null ? String.format("Every number the paper publishes against the model, each at"
                + " the paper's own design and workload: these rows do not follow the design on the left. %d of %d do not"
                + " hold; most of those are the paper contradicting itself (its stated formats cannot give its own"
                + " Fig. 10; 4K KV and rank 64 do not fit 288 MB together; Fig. 9 at 2K against Fig. 7; the 8B with its"
                + " LM head in 1.86 GB), the rest are where the model differs. Each is explained in ", failing, rows.size())
                : String.format("Every number published for %s against the model, each at its bundled preset's design"
                + " and workload: these rows do not follow the design on the left. %d of %d do not hold; the"
                + " contradictions and unknowns of its public record are listed below the table and explained in ",
                peer.design(), failing, rows.size()));
        Hyperlink link = new Hyperlink(page);
        link.setId("report-paper-fit");
        link.setOnAction(e -> openDoc.accept(page));
        link.setPadding(Insets.EMPTY);
        what.getStyleClass().setAll("report-about-text");
        about.getChildren().setAll(what, link, new Text("."));
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
