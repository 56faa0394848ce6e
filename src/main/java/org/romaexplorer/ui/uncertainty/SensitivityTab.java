package org.romaexplorer.ui.uncertainty;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.jfree.chart.fx.ChartViewer;
import org.romaexplorer.figures.TornadoFigure;
import org.romaexplorer.model.Metric;
import org.romaexplorer.ui.params.ReadableNames;
import org.romaexplorer.ui.ExplorerViewModel;
import org.romaexplorer.ui.charts.ExportableTab;
import org.romaexplorer.uncertainty.Sensitivity;

/**
 * The "Sensitivity" tab: a metric to examine and a tornado chart of every constant moved to the ends of its
 * range (uncertainty.Sensitivity). One evaluation per end, 54 in all, a fraction of a millisecond: it runs
 * on the FX thread when the tab is shown or the design or metric changes while it is shown.
 */
public final class SensitivityTab {
    private final ExplorerViewModel vm;
    private final TornadoFigure tornado = new TornadoFigure();
    private final ComboBox<Metric> metric = new ComboBox<>();
    private final Tab tab;
    private final java.util.function.Consumer<String> openDoc;
    /** Where the ranges and their sources are explained. */
    public static final String UNCERTAINTY_PAGE = "docs/uncertainty.md";

    private SensitivityTab(ExplorerViewModel vm, java.util.function.Consumer<String> openDoc) {
        this.vm = vm;
        this.openDoc = openDoc;
        metric.getItems().setAll(Metric.TTFT_MS, Metric.DECODE_TOKENS_PER_S, Metric.GENERATION_TOKENS_PER_S,
                Metric.AREA_MM2, Metric.POWER_W, Metric.TOKENS_PER_JOULE, Metric.COST_PER_MTOK_USD);
        metric.setValue(Metric.POWER_W);
        metric.setId("sensitivity-metric");
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Metric m) { return m == null ? "" : name(m) + " (" + unit(m) + ")"; }
            @Override public Metric fromString(String s) { throw new UnsupportedOperationException(); }
        });
        javafx.scene.text.Text note = new javafx.scene.text.Text("Each constant alone at the low and high end of its range;"
                + " ranges and their sources: ");
        note.getStyleClass().setAll("report-about-text");
        javafx.scene.control.Hyperlink doc = new javafx.scene.control.Hyperlink(UNCERTAINTY_PAGE);
        doc.setId("sensitivity-doc");
        doc.setPadding(Insets.EMPTY);
        doc.setOnAction(e -> openDoc.accept(UNCERTAINTY_PAGE));
        Label name = new Label("Metric");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        metric.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, name, metric);
        row.setAlignment(Pos.CENTER_LEFT);
        // The note wraps on a narrow window rather than squeezing "Metric" to "…".
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(4, row, new javafx.scene.text.TextFlow(note, doc));
        top.setPadding(new Insets(6));
        ChartViewer viewer = new ChartViewer(tornado.chart());
        viewer.setId("tornado-viewer");
        BorderPane pane = new BorderPane(viewer);
        pane.setTop(top);
        tab = new Tab("Sensitivity", pane);
        tab.setId("sensitivity-tab");
        tab.setClosable(false);
        ExportableTab.mark(tab, tornado::chart);
        metric.valueProperty().addListener((o, a, m) -> refresh());
        vm.designProperty().addListener((o, a, d) -> refresh());
        tab.selectedProperty().addListener((o, a, s) -> refresh());
    }

    public static Tab tab(ExplorerViewModel vm) {
        return tab(vm, page -> { });
    }

    /** The tab; {@code openDoc} opens a documentation page (Help's opener). */
    public static Tab tab(ExplorerViewModel vm, java.util.function.Consumer<String> openDoc) {
        return new SensitivityTab(vm, openDoc).tab;
    }

    private void refresh() {
        if (tab.isSelected()) {
            Metric m = metric.getValue();
            tornado.show(name(m), unit(m), Sensitivity.base(vm.design(), m), Sensitivity.run(vm.design(), m),
                    s -> ReadableNames.constant(s.key()));
        }
    }

    /** The headline's name of a metric ("Power"), as the registry declares it. */
    private static String name(Metric m) {
        return m.name();
    }

    private static String unit(Metric m) {
        return m.unit();
    }
}
