package org.romaexplorer.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.publish.DesignWarnings;
import org.romaexplorer.publish.DesignWarnings.Speeds;

/**
 * The headline numbers of the current design, always visible, plus one line that says whether it runs and,
 * if not, why. Speeds the design cannot reach are struck through, speeds that assume its context fit are in
 * italics. Each number keeps the width of its widest usual value, right-aligned, so nothing moves sideways
 * while a slider is dragged.
 */
public final class MetricsBar extends VBox {
    /** The headline items whose numbers are speeds (they depend on the design running as asked). */
    static final List<String> SPEEDS = List.of("ttft", "decode", "decodeTotal", "generation", "tokensPerJ");
    private final Label warnings = new Label();
    /** The warnings in full sentences, with their numbers and what the speeds then mean. */
    private final Tooltip full = new Tooltip();
    private final Hyperlink spill = new Hyperlink("Use spill");
    private final Map<String, Label> values = new java.util.LinkedHashMap<>();

    MetricsBar(ExplorerViewModel vm) {
        FlowPane row = new FlowPane(18, 4);
        row.getChildren().addAll(
                item(vm, "maxTokens", "Max tokens", "", MetricsText::maxTokens, "888,888",
                        "tokens whose KV fits beside the adapters in SRAM, per user (Fig. 10)"),
                item(vm, "ttft", "TTFT", "ms", MetricsText::ttftMs, "8,888.88", "time to first token at the input length (Fig. 6)"),
                item(vm, "decode", "Decode", "tok/s", MetricsText::decode, "888,888",
                        "decode speed of each user at the KV length (Fig. 7)"),
                manyUsers(vm, item(vm, "decodeTotal", "All users", "tok/s", MetricsText::decodeTotal, "888,888",
                        "decode speed of all users together at the KV length (Serving tab)")),
                item(vm, "generation", "Generation", "tok/s", MetricsText::generation, "888,888",
                        "output tokens/s over the whole generation (Fig. 9)"),
                item(vm, "area", "Area", "mm²", MetricsText::area, "8,888.8", "chip area, fused-cell L-units (Table I)"),
                item(vm, "power", "Power", "W", MetricsText::power, "888.88", "chip peak power (Table I)"),
                item(vm, "tokensPerJ", "Efficiency", "tok/J", MetricsText::tokensPerJoule, "88,888", "generation tokens/s per watt"));
        warnings.setId("warnings");
        // Always one line, so that the panels below do not jump under a dragging pointer when it changes.
        warnings.setMaxWidth(Double.MAX_VALUE);
        warnings.setMinWidth(0);
        full.setWrapText(true);
        full.setMaxWidth(700);
        warnings.setTooltip(full);
        spill.setId("use-spill");
        spill.setTooltip(new Tooltip("Set kv_overflow to spill: the tokens that do not fit keep their KV in off-chip DRAM"
                + " and are timed reading it (Ctrl+Z undoes it)"));
        spill.setOnAction(e -> vm.setDesign(Knobs.KV_OVERFLOW.set(vm.design(), 1)));
        spill.setPadding(new Insets(0, 2, 0, 2));
        spill.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(8, warnings, spill);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(warnings, Priority.ALWAYS);
        getChildren().addAll(row, line);
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(2);
        getStyleClass().add("metrics-bar");
        vm.metricsProperty().addListener((o, a, m) -> showState(vm));
        showState(vm);
    }

    private void showState(ExplorerViewModel vm) {
        Metrics m = vm.metrics();
        List<String> w = DesignWarnings.brief(vm.design(), m);
        Speeds speeds = DesignWarnings.speeds(vm.design(), m);
        warnings.setText(w.isEmpty() ? "✓ Model fits in ROM; context fits in SRAM" : "⚠ " + String.join("   ⚠ ", w));
        full.setText(w.isEmpty() ? warnings.getText() : "⚠ " + String.join("\n⚠ ", MetricsText.warnings(vm.design(), m)));
        warnings.getStyleClass().setAll("label", w.isEmpty() ? "warning-ok" : switch (speeds) {
            case NOT_REACHABLE -> "warning-bad";
            case ASSUMED -> "warning-caution";
            case REAL -> "warning-info";
        });
        // Invisible, not unmanaged: the line keeps its height whether the offer is there or not.
        spill.setVisible(DesignWarnings.spillWouldHelp(vm.design(), m));
        for (String id : SPEEDS) {
            Label v = values.get(id);
            v.getStyleClass().removeAll("metric-assumed", "metric-unreachable");
            if (speeds == Speeds.ASSUMED) {
                v.getStyleClass().add("metric-assumed");
            } else if (speeds == Speeds.NOT_REACHABLE) {
                v.getStyleClass().add("metric-unreachable");
            }
        }
    }

    /** {@code box}, shown only while the design serves more than one user (with one it repeats Decode). */
    private static HBox manyUsers(ExplorerViewModel vm, HBox box) {
        box.visibleProperty().bind(vm.designProperty().map(d -> d.workload().users() > 1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox item(ExplorerViewModel vm, String id, String name, String unit, Function<Metrics, String> text,
                      String widest, String help) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("metric-value");
        value.textProperty().bind(vm.metricsProperty().map(text));
        value.setAlignment(Pos.BASELINE_RIGHT);
        // As wide as its widest usual value in its own font (set by CSS), so the items after it never move.
        value.fontProperty().addListener((o, a, f) -> value.setMinWidth(width(widest, f)));
        value.setMinWidth(width(widest, value.getFont()));
        values.put(id, value);
        Label caption = new Label(name);
        caption.getStyleClass().add("metric-caption");
        HBox box = new HBox(4, caption, value, new Label(unit));
        box.setAlignment(Pos.BASELINE_LEFT);
        Tooltip.install(box, new Tooltip(help));
        return box;
    }

    private static double width(String text, javafx.scene.text.Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return Math.ceil(t.getLayoutBounds().getWidth()) + 1;
    }
}
