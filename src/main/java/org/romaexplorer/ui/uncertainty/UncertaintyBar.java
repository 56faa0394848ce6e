package org.romaexplorer.ui.uncertainty;

import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.romaexplorer.figures.BandSampler;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.XyFigure;
import org.romaexplorer.model.Metric;
import org.romaexplorer.uncertainty.MonteCarlo;
import org.romaexplorer.model.Range;
import org.romaexplorer.uncertainty.Ranges;
import org.romaexplorer.uncertainty.Sensitivity;
import org.romaexplorer.ui.params.ReadableNames;
import org.romaexplorer.ui.ChartTabs;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * Under the headline numbers: a switch for uncertainty, the p5–p95 range of each headline metric and how long
 * the last recompute took. When on, every design change or tab change re-runs the Monte Carlo off the FX
 * thread ({@link UncertaintyRunner}) and the shown figure (Figs. 6, 7, 9, 10, Cost) gets its bands.
 */
public final class UncertaintyBar extends HBox {
    private static final Map<Metric, String> SHOWN = new java.util.LinkedHashMap<>();

    static {
        SHOWN.put(Metric.TTFT_MS, "TTFT %s ms");
        SHOWN.put(Metric.DECODE_TOKENS_PER_S, "Decode %s tok/s");
        SHOWN.put(Metric.GENERATION_TOKENS_PER_S, "Generation %s tok/s");
        SHOWN.put(Metric.AREA_MM2, "Area %s mm²");
        SHOWN.put(Metric.POWER_W, "Power %s W");
        SHOWN.put(Metric.TOKENS_PER_JOULE, "Efficiency %s tok/J");
        SHOWN.put(Metric.COST_PER_MTOK_USD, "Cost $%s/Mtok");
    }

    private final CheckBox on = new CheckBox("Uncertainty p5–p95 (" + MonteCarlo.SAMPLES + " samples)");
    private final Label ranges = new Label();
    private final Label latency = new Label();
    private final ExplorerViewModel vm;
    private final ChartTabs tabs;
    private final UncertaintyRunner runner;
    private double lastLatencyMs = Double.NaN;

    public UncertaintyBar(ExplorerViewModel vm, ChartTabs tabs) {
        this(vm, tabs, Platform::runLater);
    }

    UncertaintyBar(ExplorerViewModel vm, ChartTabs tabs, java.util.function.Consumer<Runnable> fx) {
        super(14);
        this.vm = vm;
        this.tabs = tabs;
        this.runner = new UncertaintyRunner(fx, this::show);
        on.setId("bands-toggle");
        on.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ranges.setId("uncertainty-ranges");
        latency.setId("uncertainty-latency");
        latency.setStyle("-fx-text-fill: #777;");
        ranges.setMinWidth(0);
        ranges.setWrapText(true); // on a narrow window a second line, never "Power 21…"
        ranges.setMaxWidth(Double.MAX_VALUE);
        ranges.setPadding(new Insets(0, 10, 2, 10));
        // A line of its own under the bar, there only while the switch is on: the bar shares its row.
        ranges.managedProperty().bind(ranges.textProperty().isNotEmpty());
        ranges.visibleProperty().bind(ranges.textProperty().isNotEmpty());
        latency.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(on, latency);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 10, 4, 10));

        on.selectedProperty().addListener((o, a, s) -> toggled(s));
        vm.designProperty().addListener((o, a, d) -> request());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> request());
    }

    CheckBox toggle() { return on; }

    /** The p5–p95 ranges of the headline, for a line under the bar (empty while the switch is off). */
    public Label ranges() { return ranges; }

    /** Milliseconds from the last request to its result on screen; NaN before the first. */
    double lastLatencyMs() { return lastLatencyMs; }

    private void toggled(boolean s) {
        if (s) {
            request();
        } else {
            runner.cancel();
            ranges.setText("");
            latency.setText("");
            BandSampler.ids().forEach(id -> ((XyFigure) tabs.figure(id)).setBands(Map.of()));
        }
    }

    private void request() {
        if (on.isSelected()) {
            runner.request(vm.design(), tabs.selectedFigure().map(PaperFigure::id).orElse(null));
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
    }

    /**
     * Said when the design's own value lies outside its p5–p95 band, with the reason: a constant whose value sits
     * at an end of its range (the calibrated H-unit throughput is at the top of its leave-one-out envelope, so
     * nearly every sample is slower than the design). Empty when the value is inside.
     */
    private String outside(Metric m, double[] p) {
        double v = m.of(vm.metrics());
        if (v >= p[0] && v <= p[1]) {
            return "";
        }
        String why = "";
        for (Sensitivity.Swing s : Sensitivity.run(vm.design(), m)) {
            Range r = Ranges.of(s.key());
            double at = r.high() == r.low() ? 0.5 : (r.nominal() - r.low()) / (r.high() - r.low());
            if (s.swing() > 0 && (at >= EDGE || at <= 1 - EDGE)) {
                why = String.format(": %s is at the %s of its range (%s–%s)", ReadableNames.constant(s.key()),
                        at >= EDGE ? "top" : "bottom", num(r.low()), num(r.high()));
                break;
            }
        }
        return String.format(" (the design's %s lies %s%s)", num(v), v > p[1] ? "above p95" : "below p5", why);
    }

    /** How close to an end of its range a constant's value is to count as at that end: the last 15% of it. */
    private static final double EDGE = 0.85;

    private void show(UncertaintyRunner.Result r) {
        StringBuilder sb = new StringBuilder();
        SHOWN.forEach((m, label) -> {
            double[] p = r.headline().get(m);
            // Breaks only between metrics: no-break spaces inside one.
            sb.append(sb.length() == 0 ? "" : "   ")
                    .append(String.format(label, num(p[0]) + "–" + num(p[1])).replace(' ', '\u00a0'))
                    .append(outside(m, p));
        });
        ranges.setText(sb.toString());
        if (r.figureId() != null) {
            ((XyFigure) tabs.figure(r.figureId())).setBands(r.bands());
        }
        lastLatencyMs = r.latencyMs();
        latency.setText(String.format(Locale.ROOT, "updated in %.0f ms", r.latencyMs()));
    }
}
