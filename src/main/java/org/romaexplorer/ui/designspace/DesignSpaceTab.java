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
        // Controls in a column on the left, the scatter beside them as tall as the tab: stacked above it, the
        // controls left the plot a 60-px strip in a 1280 × 720 window. The column scrolls if the tab is shorter.
        // Run first: on a 720-px screen the ranges and objectives below it may need the scroll bar, Run never does.
        VBox controls = new VBox(8, runBar(), ranges(), objectives(), DesignSpaceSearchBar.requirements(model),
                DesignSpaceSearchBar.search(model));
        controls.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(controls);
        side.setId("ds-controls");
        side.setFitToWidth(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinWidth(SIDE_WIDTH);
        side.setPrefWidth(SIDE_WIDTH);
        javafx.scene.layout.BorderPane box = new javafx.scene.layout.BorderPane(viewer);
        box.setLeft(side);
        box.setPadding(new Insets(4));
        setContent(box);
    }

    /** Width of the controls' column: a range's slider, its values and its steps on two lines. */
    static final double SIDE_WIDTH = 424; // 400 cut the steps spinners by a few pixels once a scroll bar showed

    private VBox ranges() {
        VBox rows = new VBox(8);
        for (DesignSpaceAxisState a : model.axes()) {
            rows.getChildren().add(new DesignSpaceRangeRow(a).node());
        }
        return rows;
    }

    private VBox objectives() {
        VBox rows = new VBox(6,
                group(label("X"), metricBox("ds-x", model.xMetric), directionBox("ds-x-dir", model.xDirection)),
                group(label("Y"), metricBox("ds-y", model.yMetric), directionBox("ds-y-dir", model.yDirection)),
                group(label("Colour"), metricBox("ds-colour", model.colour)), feasibleBox());
        return rows;
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

    private VBox runBar() {
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
        run.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, run, cancel, bar);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, Priority.ALWAYS);
        for (Label l : new Label[] {size, problem, status}) {
            l.setWrapText(true); // a long status takes a second line, never cuts "Run" to "…"
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        // A problem line only while there is one (an empty wrapping label kept a blank line under the grid size).
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return new VBox(4, buttons, size, problem, status);
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
        box.setPrefWidth(205); // X and Y with their directions in the controls' column
        box.valueProperty().bindBidirectional(value);
        box.setId(id);
        return box;
    }

    private static ChoiceBox<Direction> directionBox(String id, ObjectProperty<Direction> value) {
        ChoiceBox<Direction> box = new ChoiceBox<>();
        box.getItems().setAll(Direction.values());
        box.setConverter(converter(d -> d == Direction.MIN ? "minimize" : "maximize"));
        box.setPrefWidth(116); // "maximize" and its arrow: the row fits the column beside its scroll bar
        box.setMinWidth(Region.USE_PREF_SIZE);
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
