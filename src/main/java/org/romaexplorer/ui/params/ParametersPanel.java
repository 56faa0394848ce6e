package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** The sliders of {@link DesignParams}, kept in step with the view-model's design point. */
public final class ParametersPanel extends VBox {
    private final List<ParamRow> rows = new ArrayList<>();

    public ParametersPanel(ExplorerViewModel vm) {
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int i = 0;
        for (ParamSpec spec : DesignParams.all()) {
            ParamRow row = new ParamRow(spec, vm, validation);
            row.addTo(grid, i++);
            rows.add(row);
        }
        Label title = new Label("Design parameters");
        title.setStyle("-fx-font-weight: bold;");
        getChildren().addAll(title, grid);
        setSpacing(6);
        setPadding(new Insets(8));
        vm.designProperty().addListener((o, a, d) -> rows.forEach(r -> r.show(d)));
        rows.forEach(r -> r.show(vm.design()));
    }
}
