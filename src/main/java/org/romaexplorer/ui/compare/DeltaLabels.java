package org.romaexplorer.ui.compare;

import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.romaexplorer.compare.Delta;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.compare.Quantity;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * The change against the baseline (the first pinned design) under each headline number: "+1,024
 * (+50.0%)", green where the change is welcome, red where not, grey for none. Hidden while nothing is
 * pinned. Each label's id is the headline value's id plus "-delta".
 */
final class DeltaLabels {
    /** Headline value ids (see MetricsBar) and the quantity each shows. */
    static final Map<String, String> HEADLINE = Map.of("maxTokens", "max_tokens", "ttft", "ttft_ms",
            "decode", "decode_tokens_per_s", "decodeTotal", "decode_tokens_per_s_total", "generation", "generation_tokens_per_s", "area", "area_mm2",
            "power", "power_w", "tokensPerJ", "tokens_per_joule");

    private DeltaLabels() {}

    /**
     * Puts a delta label under each headline item found in {@code bar} (the item, caption-value-unit,
     * and its delta stacked in its place), so the bar keeps its one row of items and grows by one
     * line only while something is pinned: its width never changes with the deltas' text.
     */
    static void install(Parent bar, ExplorerViewModel vm, PinBoard board) {
        HEADLINE.forEach((id, key) -> {
            if (bar.lookup("#" + id) instanceof Label value && value.getParent() instanceof Pane item
                    && item.getParent() instanceof Pane row) {
                Label delta = new Label();
                delta.setId(id + "-delta");
                delta.getStyleClass().add("metric-delta");
                int at = row.getChildren().indexOf(item);
                row.getChildren().remove(at);
                row.getChildren().add(at, new VBox(item, delta));
                Runnable show = () -> show(delta, Quantity.of(key), vm, board);
                vm.metricsProperty().addListener((o, a, m) -> show.run());
                board.pinsProperty().addListener((o, a, p) -> show.run());
                show.run();
            }
        });
    }

    private static void show(Label delta, Quantity q, ExplorerViewModel vm, PinBoard board) {
        Pin base = board.pins().baseline().orElse(null);
        delta.setVisible(base != null);
        delta.setManaged(base != null);
        if (base == null) {
            return;
        }
        Metrics m = vm.metrics();
        Delta d = Delta.of(q.of(vm.design(), m), q.of(base.design(), base.metrics()));
        delta.setText(q.text(d));
        DeltaStyle.apply(delta, d.verdict(q.better()));
    }
}
