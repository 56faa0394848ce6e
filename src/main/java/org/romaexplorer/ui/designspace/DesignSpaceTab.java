package org.romaexplorer.ui.designspace;

import org.romaexplorer.ui.charts.ExportableTab;
import org.romaexplorer.ui.ExplorerViewModel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.romaexplorer.model.Metric;
import org.romaexplorer.sweep.Objective.Direction;

/**
 * The "Design space" tab: ranges, objectives and colour metric on top, Run/Cancel with progress, and the
 * scatter below. Binds to a {@link DesignSpaceModel}; a click on a point loads its design.
 */
public final class DesignSpaceTab extends Tab {
    private final DesignSpaceModel model;
    private final DesignSpaceChart chart = new DesignSpaceChart();
    private final ChartViewer viewer = new ChartViewer(chart.chart());

    /** The tab of the app: sweeps run on a background thread and a pool of one worker per core. */
    public DesignSpaceTab(ExplorerViewModel vm) {
        this(new DesignSpaceModel(vm, daemons("design-space-run", 1),
                daemons("design-space-worker", Runtime.getRuntime().availableProcessors())));
    }

    /** As above; "Pin it" (after Best) runs {@code pin}, the window's pin of the current design. */
    public DesignSpaceTab(ExplorerViewModel vm, Runnable pin) {
        this(vm);
        model.setPin(pin);
    }

    DesignSpaceTab(DesignSpaceModel model) {
        super("Design space");
        this.model = model;
        setId("design-space-tab");
        setClosable(false);
        ExportableTab.mark(this, chart::chart);
        viewer.setId("ds-viewer");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override public void chartMouseClicked(ChartMouseEventFX e) { onClick(e); }

            @Override public void chartMouseMoved(ChartMouseEventFX e) { }
        });
        model.resultProperty().addListener((o, a, r) -> {
            chart.show(r);
            chart.showCurrent(model.explorer().metrics());
        });
        model.explorer().metricsProperty().addListener((o, a, m) -> chart.showCurrent(m));
        VBox box = new VBox(6, ranges(), objectives(), runBar(), DesignSpaceSearchBar.requirements(model),
                DesignSpaceSearchBar.search(model), viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        setContent(box);
    }

    private GridPane ranges() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        for (int i = 0; i < model.axes().size(); i++) {
            new DesignSpaceRangeRow(model.axes().get(i)).addTo(grid, i);
        }
        return grid;
    }

    private javafx.scene.layout.FlowPane objectives() {
        // Wraps group by group on a narrow window rather than squeezing the combo boxes to "mini…".
        var row = new javafx.scene.layout.FlowPane(18, 4,
                group(label("X"), metricBox("ds-x", model.xMetric), directionBox("ds-x-dir", model.xDirection)),
                group(label("Y"), metricBox("ds-y", model.yMetric), directionBox("ds-y-dir", model.yDirection)),
                group(label("Colour"), metricBox("ds-colour", model.colour), feasibleBox()));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox group(javafx.scene.control.Control... parts) {
        HBox g = new HBox(6, parts);
        g.setAlignment(Pos.CENTER_LEFT);
        g.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return g;
    }

    private javafx.scene.control.CheckBox feasibleBox() {
        var box = new javafx.scene.control.CheckBox("feasible only");
        box.setId("ds-feasible");
        box.setTooltip(new javafx.scene.control.Tooltip(
                "Keep designs whose model does not fit the ROM, or whose input + output tokens do not fit the SRAM,"
                        + " off the Pareto front"));
        box.selectedProperty().bindBidirectional(model.feasibleOnly);
        return box;
    }

    private HBox runBar() {
        Button run = new Button("Run");
        run.setId("ds-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(model.runDisabled());
        run.setOnAction(e -> model.onRun());
        Button cancel = new Button("Cancel");
        cancel.setId("ds-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.onCancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("ds-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.progressProperty());
        Label size = new Label();
        size.setId("ds-grid-size");
        size.textProperty().bind(Bindings.createStringBinding(() -> String.format("Grid: %,d points",
                model.gridSizeProperty().get()), model.gridSizeProperty()));
        Label problem = new Label();
        problem.setId("ds-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        Label status = new Label();
        status.setId("ds-status");
        status.textProperty().bind(model.statusProperty());
        HBox row = new HBox(8, run, cancel, bar, size, problem, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A chart click: a sweep point under the pointer loads its design. */
    void onClick(ChartMouseEventFX e) {
        if (e.getEntity() instanceof XYItemEntity item) {
            chart.pointAt(item.getDataset(), item.getItem()).ifPresent(model::onPick);
        }
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static ChoiceBox<Metric> metricBox(String id, ObjectProperty<Metric> value) {
        ChoiceBox<Metric> box = new ChoiceBox<>();
        box.getItems().setAll(Metric.all());
        box.setConverter(converter(DesignSpaceLabels::metric));
        box.valueProperty().bindBidirectional(value);
        box.setId(id);
        return box;
    }

    private static ChoiceBox<Direction> directionBox(String id, ObjectProperty<Direction> value) {
        ChoiceBox<Direction> box = new ChoiceBox<>();
        box.getItems().setAll(Direction.values());
        box.setConverter(converter(d -> d == Direction.MIN ? "minimize" : "maximize"));
        box.valueProperty().bindBidirectional(value);
        box.setId(id);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override public T fromString(String s) { throw new UnsupportedOperationException(); }
        };
    }

    private static ExecutorService daemons(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    DesignSpaceModel model() { return model; }

    DesignSpaceChart chartView() { return chart; }
}
