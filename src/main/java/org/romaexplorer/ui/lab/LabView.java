package org.romaexplorer.ui.lab;

import org.romaexplorer.ui.charts.ExportableTab;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
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

    /**
     * The SNR and the histogram side by side, the B-ROM ratio under them. Each keeps a readable plot (200 px and
     * more) on a small screen: below that the charts scroll rather than shrink.
     */
    private ScrollPane charts() {
        ChartViewer s = viewer(snr.chart(), "lab-snr-viewer");
        ChartViewer h = viewer(histogram.chart(), "lab-histogram-viewer");
        ChartViewer w = viewer(ratio.chart(), "lab-ratio-viewer");
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(s, h);
        HBox.setHgrow(s, Priority.ALWAYS);
        HBox.setHgrow(h, Priority.ALWAYS);
        top.setMinHeight(TOP_MIN_HEIGHT);
        w.setMinHeight(RATIO_MIN_HEIGHT);
        VBox box = new VBox(top, w);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox.setVgrow(w, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("lab-charts");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /** Smallest heights of the two rows of charts: each chart's plot is then at least 200 px tall. */
    static final double TOP_MIN_HEIGHT = 390, RATIO_MIN_HEIGHT = 345;

    private ChartViewer viewer(org.jfree.chart.JFreeChart chart, String id) {
        ChartViewer v = new ChartViewer(chart);
        v.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pointed = chart);
        v.setId(id);
        v.setMinSize(200, 150);
        v.setPrefSize(400, 300);
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
