package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;

/**
 * The chip and technology constants not on a slider, always showing the applied design: every field is
 * refreshed on each design change (load, reset, undo, import). Readable names; key, unit, source in tooltips.
 */
public final class ConstantsSheet extends VBox {
    /** Widest a unit is shown before it wraps. */
    private static final double UNIT_WIDTH = 90;
    private final GridPane grid = new GridPane();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final ExplorerViewModel vm;
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private int row;

    /** The sheet's title; its rows come with {@link #fillSome}. */
    public ConstantsSheet(ExplorerViewModel vm) {
        this.vm = vm;
        setId("constants-sheet");
        grid.setHgap(6);
        grid.setVgap(4);
        Label title = new Label("Chip, technology and other constants");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, grid);
        setSpacing(6);
        setPadding(new Insets(8));
        for (Param.Section section : Param.Section.values()) {
            List<Param> items = Params.in(section).stream().filter(k -> !k.slider()).toList();
            if (!items.isEmpty()) {
                pending.add(() -> section(section.title()));
                items.forEach(k -> pending.add(() -> add(new ConstantItem(k))));
            }
        }
        vm.designProperty().addListener((o, a, d) -> refreshers.forEach(Runnable::run));
    }

    /**
     * Adds up to {@code n} more rows, each showing the applied design from then on; true when all are in. The
     * window adds four per frame after its first (27 rows of fields in one go were a third of the time to that
     * frame, and after it they held it off the screen).
     */
    public boolean fillSome(int n) {
        for (int i = 0; i < n && !pending.isEmpty(); i++) {
            pending.poll().run();
        }
        return pending.isEmpty();
    }

    /** Whether every row is in. */
    public boolean filled() { return pending.isEmpty(); }

    private void section(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("subsection-title");
        grid.add(l, 0, row++, 3, 1);
    }

    private void add(ConstantItem item) {
        Label name = new Label(item.name());
        name.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        name.setTooltip(tip);
        Region field;
        Runnable show;
        if (item.choices().isEmpty()) {
            ValueField value = new ValueField(item.id(), () -> item.text(vm.design()), text -> item.apply(vm, text));
            value.onLeftRejected(s -> vm.statusProperty().set(item.name() + ": " + s));
            value.field().setPrefWidth(98); // five columns and a few pixels: "89400000" whole (six columns widened the sheet)
            field = value;
            show = value::refresh;
        } else {
            // A choice or a flag: its names to pick from ("negative_binomial" in a five-column field was cut).
            javafx.scene.control.ChoiceBox<String> box = new javafx.scene.control.ChoiceBox<>();
            box.getItems().setAll(item.choices());
            box.setId(item.id().replaceFirst("-field$", "-choice"));
            boolean[] syncing = {false};
            box.valueProperty().addListener((o, a, v) -> {
                if (!syncing[0] && v != null) {
                    item.apply(vm, v).ifPresent(why -> {
                        vm.statusProperty().set(item.name() + ": not applied, " + why);
                        syncing[0] = true;
                        box.setValue(item.text(vm.design()));
                        syncing[0] = false;
                    });
                }
            });
            field = box;
            show = () -> {
                syncing[0] = true;
                box.setValue(item.text(vm.design()));
                syncing[0] = false;
            };
        }
        Label unit = new Label(item.unit());
        // A long unit ("µm² per bit/cycle") takes two lines rather than widen the whole column past its width.
        unit.setWrapText(true);
        unit.setMaxWidth(UNIT_WIDTH);
        // One word cannot wrap: as wide as it is, in the font the theme gives it ("defects/cm²" broke at 80 px).
        unit.setMinWidth(item.unit().contains(" ") ? Math.min(UNIT_WIDTH, unit.prefWidth(-1)) : Region.USE_PREF_SIZE);
        unit.setMinHeight(Region.USE_PREF_SIZE);
        Runnable refresh = () -> {
            show.run();
            tip.setText(item.tooltip(vm.design()));
        };
        refresh.run();
        refreshers.add(refresh);
        GridPane.setValignment(name, VPos.BASELINE);
        GridPane.setValignment(unit, VPos.BASELINE);
        if (field instanceof javafx.scene.control.ChoiceBox<?> box) {
            // Over the field's and the unit's columns (a choice has no unit): its names must not widen the field's.
            box.setMinWidth(100);
            box.setPrefWidth(100);
            box.setMaxWidth(Double.MAX_VALUE);
            grid.add(name, 0, row);
            grid.add(box, 1, row++, 2, 1);
        } else {
            grid.addRow(row++, name, field, unit);
        }
    }
}
