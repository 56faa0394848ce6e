package org.romaexplorer.ui.accelerators;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.romaexplorer.figures.AcceleratorBars;
import org.romaexplorer.figures.AcceleratorProfile;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.ProcessNode;
import org.romaexplorer.peers.AcceleratorRow;
import org.romaexplorer.peers.Accelerators;
import org.romaexplorer.ui.ExplorerViewModel;
import org.romaexplorer.ui.charts.ExportableTab;

/**
 * The Accelerators tab: ROMA, TOM, BitROM and Taalas HC1 as published, and all of them with the GPU, CPU and SoC
 * baselines on one model, weight format, node and workload (peers.Accelerators), with what was normalized beside the
 * table and the bar and profile figures below it. The model is a bundled preset's or the current design's; eight
 * evaluations, well under a millisecond, on the FX thread when the tab is shown or a choice changes.
 */
public final class AcceleratorsTab {
    static final String CURRENT = "current design";
    private static final List<Integer> LENGTHS = List.of(128, 256, 512, 1024, 2048, 4096, 8192);
    private final ExplorerViewModel vm;
    private final ComboBox<String> model = new ComboBox<>();
    private final ComboBox<Integer> node = new ComboBox<>();
    private final ComboBox<Integer> input = new ComboBox<>();
    private final ComboBox<Integer> output = new ComboBox<>();
    private final TableView<AcceleratorRow> published = table("accelerators-published");
    private final TableView<AcceleratorRow> normalized = table("accelerators-normalized");
    private final Label normalizedTitle = new Label();
    private final Label what = new Label();
    private final AcceleratorBars bars = new AcceleratorBars();
    private final AcceleratorProfile profile = new AcceleratorProfile();
    private JFreeChart pointed = bars.chart();
    private final Tab tab;

    private AcceleratorsTab(ExplorerViewModel vm) {
        this.vm = vm;
        model.getItems().add(CURRENT);
        model.getItems().addAll(PresetIo.BUNDLED);
        model.setValue("bitnet-2b4t-ternary");
        model.setId("accelerators-model");
        for (ProcessNode n : ProcessNode.values()) {
            node.getItems().add(n.nm());
        }
        node.setValue(7);
        node.setId("accelerators-node");
        input.getItems().setAll(LENGTHS);
        input.setValue(1024);
        input.setId("accelerators-input");
        output.getItems().setAll(LENGTHS);
        output.setValue(1024);
        output.setId("accelerators-output");
        HBox controls = new HBox(8, new Label("Model"), model, new Label("Node (nm)"), node, new Label("In"), input,
                new Label("Out"), output);
        controls.setAlignment(Pos.CENTER_LEFT);
        published.getItems().setAll(Accelerators.published());
        fixRows(published, 4);
        fixRows(normalized, 8);
        normalized.getColumns().removeIf(c -> c.getText().equals("Model") || c.getText().equals("nm"));
        normalizedTitle.setId("accelerators-normalized-title");
        normalizedTitle.setStyle("-fx-font-weight: bold;");
        normalizedTitle.setWrapText(true);
        normalizedTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label publishedTitle = new Label("As published: each design on its own model, node and workload");
        publishedTitle.setStyle("-fx-font-weight: bold;");
        VBox tables = new VBox(4, publishedTitle, published, normalizedTitle, normalized);
        HBox.setHgrow(tables, Priority.ALWAYS);
        what.setId("accelerators-normalization");
        what.setWrapText(true);
        what.setStyle("-fx-text-fill: #333; -fx-font-size: 11px;");
        javafx.scene.control.ScrollPane whatScroll = new javafx.scene.control.ScrollPane(what);
        whatScroll.setFitToWidth(true);
        whatScroll.setPrefWidth(270);
        whatScroll.setMinWidth(220);
        whatScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        HBox top = new HBox(8, tables, whatScroll);
        top.setMinHeight(Region.USE_PREF_SIZE);
        ChartViewer barsView = viewer(bars.chart(), "accelerators-bars-viewer");
        ChartViewer profileView = viewer(profile.chart(), "accelerators-profile-viewer");
        SplitPane charts = new SplitPane(barsView, profileView);
        charts.setDividerPositions(0.55);
        // Below that the tab scrolls: the bars' six stacked panels keep room for their axis names ("prefill tok/s"
        // overlapped the next panel's at 300 px), the profile a plot of 200 px and more.
        charts.setMinHeight(600);
        charts.setPrefHeight(600);
        VBox content = new VBox(6, controls, top, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        content.setPadding(new Insets(6, 8, 6, 8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        tab = new Tab("Accelerators", scroll);
        tab.setId("accelerators-tab");
        tab.setClosable(false);
        ExportableTab.mark(tab, () -> pointed);
        model.valueProperty().addListener((o, a, v) -> refresh());
        node.valueProperty().addListener((o, a, v) -> refresh());
        input.valueProperty().addListener((o, a, v) -> refresh());
        output.valueProperty().addListener((o, a, v) -> refresh());
        vm.designProperty().addListener((o, a, d) -> {
            if (CURRENT.equals(model.getValue())) {
                refresh();
            }
        });
        tab.selectedProperty().addListener((o, a, s) -> refresh());
    }

    /** The tab as the main window shows it. */
    public static Tab tab(ExplorerViewModel vm) {
        return new AcceleratorsTab(vm).tab;
    }

    /** The reference every design is normalized to: the chosen model's preset (or the current design) at the chosen node. */
    DesignPoint reference() {
        DesignPoint m = CURRENT.equals(model.getValue()) ? vm.design() : PresetIo.bundled(model.getValue());
        return Accelerators.reference(m, ProcessNode.of(node.getValue()), input.getValue(), output.getValue());
    }

    private void refresh() {
        if (!tab.isSelected()) {
            return;
        }
        DesignPoint ref = reference();
        normalized.getItems().setAll(Accelerators.normalized(ref));
        normalizedTitle.setText(String.format(Locale.ROOT, "Normalized: every design on %s at %d nm, %,d in / %,d out",
                ref.model().name(), ref.tech().node().nm(), ref.workload().inputLen(), ref.workload().outputLen()));
        what.setText("What was normalized:\n• " + String.join("\n• ", Accelerators.normalization(ref)));
        bars.update(ref);
        profile.update(ref);
    }

    /** A table exactly {@code rows} rows high, in a smaller font: all of it in view without a scroll bar. */
    private static void fixRows(TableView<AcceleratorRow> t, int rows) {
        t.setStyle("-fx-font-size: 11.5px;");
        t.setFixedCellSize(22);
        double h = 32 + rows * 22 + 16; // header, rows, a horizontal scroll bar when the tab is narrow
        t.setMinHeight(h);
        t.setPrefHeight(h);
        t.setMaxHeight(h);
    }

    private ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer v = new ChartViewer(chart);
        v.setId(id);
        v.setOnMouseEntered(e -> pointed = chart);
        return v;
    }

    private static TableView<AcceleratorRow> table(String id) {
        TableView<AcceleratorRow> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        t.getColumns().addAll(List.of(text("Design", AcceleratorRow::name, 84), text("Model", AcceleratorRow::model, 128),
                text("nm", AcceleratorsTab::nm, 40),
                number("mm²", AcceleratorRow::areaMm2, 54), number("MiB/mm²", AcceleratorRow::weightDensity, 80),
                number("Prefill/s", AcceleratorRow::prefillTokensPerS, 80),
                number("Decode/s", AcceleratorRow::decodeTokensPerS, 80), number("Tok/J", AcceleratorRow::tokensPerJoule, 52),
                number("W", AcceleratorRow::powerW, 46),
                text("Context", AcceleratorsTab::context, 76), fits()));
        // Every column as wide as its longest text ("Falcon3-7B-Instru...", "no: context 4,352 > 4,320 to..." were cut).
        java.util.Map<TableColumn<AcceleratorRow, ?>, Function<AcceleratorRow, String>> texts = new java.util.LinkedHashMap<>();
        List<Function<AcceleratorRow, String>> shown = List.of(AcceleratorRow::name, AcceleratorRow::model, AcceleratorsTab::nm,
                r -> format(r.areaMm2()), r -> format(r.weightDensity()), r -> format(r.prefillTokensPerS()),
                r -> format(r.decodeTokensPerS()), r -> format(r.tokensPerJoule()), r -> format(r.powerW()),
                AcceleratorsTab::context, AcceleratorRow::fits);
        for (int i = 0; i < shown.size(); i++) {
            texts.put(t.getColumns().get(i), shown.get(i));
        }
        org.romaexplorer.ui.theme.ColumnFit.install(t, texts);
        return t;
    }

    private static String nm(AcceleratorRow r) {
        return r.baseline() ? "—" : String.valueOf(r.nodeNm());
    }

    private static String context(AcceleratorRow r) {
        return String.format(Locale.ROOT, "%,d", r.maxContext());
    }

    private static TableColumn<AcceleratorRow, String> text(String name, Function<AcceleratorRow, String> value, double w) {
        TableColumn<AcceleratorRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    /** Three significant digits, grouped; "—" for a quantity a baseline has none of. Sorts by the number. */
    private static TableColumn<AcceleratorRow, Double> number(String name, Function<AcceleratorRow, Double> value, double w) {
        TableColumn<AcceleratorRow, Double> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format(v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(w);
        return c;
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static TableColumn<AcceleratorRow, String> fits() {
        TableColumn<AcceleratorRow, String> c = text("Fits", AcceleratorRow::fits, 196);
        c.setCellFactory(x -> new TableCell<>() {
            @Override protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setStyle(empty || v == null ? "" : v.equals("yes") ? "-fx-text-fill: #1b7f2a;" : "-fx-text-fill: #b00020;");
            }
        });
        return c;
    }
}
