package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The sliders of {@link DesignParams}, kept in step with the view-model's design point. */
public final class ParametersPanel extends VBox {
    private final List<ParamControl> rows = new ArrayList<>();

    public ParametersPanel(ExplorerViewModel vm) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int i = 0;
        for (ParamSpec spec : DesignParams.all()) {
            ParamControl row = ParamControl.of(spec, vm);
            row.addTo(grid, i++);
            rows.add(row);
        }
        Label title = new Label("Design parameters");
        title.getStyleClass().add("section-title");
        Button reset = new Button("Reset to preset");
        reset.setId("reset-preset");
        reset.setTooltip(new Tooltip("Every slider and constant back to the loaded preset (Ctrl+Z undoes it)"));
        reset.setOnAction(e -> vm.resetToPreset());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, reset);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, grid);
        setSpacing(6);
        setPadding(new Insets(8));
        vm.designProperty().addListener((o, a, d) -> rows.forEach(r -> r.show(d)));
        rows.forEach(r -> r.show(vm.design()));
    }

    /** Calls {@code begin} when a slider drag starts and {@code end} when it stops: one undo step per drag. */
    public void onDrag(Runnable begin, Runnable end) {
        rows.forEach(r -> r.dragging().addListener((o, was, now) -> (now ? begin : end).run()));
    }
}
