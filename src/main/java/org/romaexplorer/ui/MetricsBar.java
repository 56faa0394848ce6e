package org.romaexplorer.ui;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.romaexplorer.model.Metrics;

/** The headline numbers of the current design, always visible, plus warnings when it cannot run. */
public final class MetricsBar extends VBox {
    private final Label warnings = new Label();

    MetricsBar(ExplorerViewModel vm) {
        FlowPane values = new FlowPane(18, 4);
        values.getChildren().addAll(
                item(vm, "maxTokens", "Max tokens", "", MetricsText::maxTokens,
                        "tokens whose KV fits beside the adapters in SRAM, per user (Fig. 10)"),
                item(vm, "ttft", "TTFT", "ms", MetricsText::ttftMs, "time to first token at the input length (Fig. 6)"),
                item(vm, "decode", "Decode", "tok/s", MetricsText::decode, "decode speed of each user at the KV length (Fig. 7)"),
                item(vm, "decodeTotal", "All users", "tok/s", MetricsText::decodeTotal,
                        "decode speed of all users together at the KV length (Serving tab)"),
                item(vm, "generation", "Generation", "tok/s", MetricsText::generation, "output tokens/s over the whole generation (Fig. 9)"),
                item(vm, "area", "Area", "mm²", MetricsText::area, "chip area, fused-cell L-units (Table I)"),
                item(vm, "power", "Power", "W", MetricsText::power, "chip peak power (Table I)"),
                item(vm, "tokensPerJ", "Efficiency", "tok/J", MetricsText::tokensPerJoule, "generation tokens/s per watt"));
        warnings.setId("warnings");
        // Always one line, so that the panels below do not jump under a dragging pointer when it changes.
        warnings.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.textProperty().bind(warnings.textProperty());
        warnings.setTooltip(full);
        getChildren().addAll(values, warnings);
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(2);
        getStyleClass().add("metrics-bar");
        vm.metricsProperty().addListener((o, a, m) -> showWarnings(MetricsText.warnings(vm.design(), m)));
        showWarnings(MetricsText.warnings(vm.design(), vm.metrics()));
    }

    private void showWarnings(List<String> w) {
        warnings.setText(w.isEmpty() ? "✓ Model fits in ROM; context fits in SRAM" : "⚠ " + String.join("   ⚠ ", w));
        warnings.getStyleClass().setAll("label", w.isEmpty() ? "warning-ok" : "warning-bad");
    }

    private static HBox item(ExplorerViewModel vm, String id, String name, String unit,
                             Function<Metrics, String> text, String help) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("metric-value");
        value.textProperty().bind(vm.metricsProperty().map(text));
        Label caption = new Label(name);
        caption.getStyleClass().add("metric-caption");
        HBox box = new HBox(4, caption, value, new Label(unit));
        box.setAlignment(Pos.BASELINE_LEFT);
        Tooltip.install(box, new Tooltip(help));
        return box;
    }
}
