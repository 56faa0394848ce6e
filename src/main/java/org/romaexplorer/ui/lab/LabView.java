package org.romaexplorer.ui.lab;

import org.romaexplorer.ui.charts.ExportableTab;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;
import org.romaexplorer.figures.LabHistogramFigure;
import org.romaexplorer.figures.LabRomRatioFigure;
import org.romaexplorer.figures.LabSnrFigure;
import org.romaexplorer.model.Technology;

/**
 * The "L-unit lab" tab: inputs and results on the left; SNR against aligned width, the per-group error histogram
 * and the B-ROM/ROM transistor ratio on the right. The charts are built once and refilled from the view-model.
 */
public final class LabView extends BorderPane {
    /** The chart the user last clicked: what File ▸ Export writes; the SNR chart until then. */
    private org.jfree.chart.JFreeChart pointed;
    /** Groups per point of the SNR sweep: 4 lines × 19 widths, so fewer than for one configuration. */
    static final int SWEEP_SAMPLES = 200;
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "lunit-lab");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final LabSnrFigure snr = new LabSnrFigure();
    private final LabHistogramFigure histogram = new LabHistogramFigure();
    private final LabRomRatioFigure ratio = new LabRomRatioFigure(Technology.n7().bromWordBits());
    private final LabResults results = new LabResults();

    LabView(LabViewModel vm) {
        pointed = snr.chart();
        VBox left = new VBox(10, heading("Configuration"), new LabControls(vm), heading("Accuracy"), results);
        left.setPadding(new Insets(8));
        left.setPrefWidth(300);
        left.setMinWidth(300);
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setLeft(scroll);
        setCenter(charts());
        vm.resultProperty().addListener((o, a, r) -> show(r));
        vm.curvesProperty().addListener((o, a, c) -> snr.show(c));
        results.status().textProperty().bind(vm.statusProperty());
    }

    /** The tab as the main window shows it: computing in the background, starting when first selected. */
    public static Tab tab() {
        LabViewModel vm = new LabViewModel(WORKERS, Platform::runLater, Duration.millis(150), SWEEP_SAMPLES);
        LabView view = new LabView(vm);
        Tab tab = new Tab("L-unit lab", view);
        ExportableTab.mark(tab, () -> view.pointed);
        tab.setId("lunit-lab-tab");
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, a, selected) -> { if (selected) { vm.start(); } });
        return tab;
    }

    private void show(LabResult r) {
        results.show(r);
        snr.setCurrent(r.config().alignBits(), r.summary().snrDb());
        histogram.show(r.histogram(), r.summary().meanRelError(), r.summary().maxRelError(),
                String.format("%d-bit weights, %d-bit aligned, %s, %,d groups", r.config().weightBits(),
                        r.config().alignBits(), r.distribution().cliName(), r.summary().samples()));
    }

    private GridPane charts() {
        ChartViewer s = viewer(snr.chart(), "lab-snr-viewer");
        ChartViewer h = viewer(histogram.chart(), "lab-histogram-viewer");
        ChartViewer w = viewer(ratio.chart(), "lab-ratio-viewer");
        GridPane g = new GridPane();
        g.add(s, 0, 0);
        g.add(h, 1, 0);
        g.add(w, 0, 1, 2, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            g.getColumnConstraints().add(c);
        }
        for (double pct : List.of(58.0, 42.0)) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(pct);
            g.getRowConstraints().add(r);
        }
        return g;
    }

    private ChartViewer viewer(org.jfree.chart.JFreeChart chart, String id) {
        ChartViewer v = new ChartViewer(chart);
        v.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pointed = chart);
        v.setId(id);
        v.setMinSize(200, 150);
        GridPane.setHgrow(v, Priority.ALWAYS);
        GridPane.setVgrow(v, Priority.ALWAYS);
        return v;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 13px;");
        return l;
    }

    LabSnrFigure snrFigure() { return snr; }

    LabHistogramFigure histogramFigure() { return histogram; }

    LabRomRatioFigure ratioFigure() { return ratio; }
}
