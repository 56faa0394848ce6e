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
import org.romaexplorer.model.Constant;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Hardware;
import org.romaexplorer.model.Technology;

/**
 * The chip and technology constants not on a slider, always showing the applied design: every field is
 * refreshed on each design change (load, reset, undo, import). Readable names; key, unit, source in tooltips.
 */
public final class ConstantsSheet extends VBox {
    /** Widest a unit is shown before it wraps. */
    private static final double UNIT_WIDTH = 80;
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
        Label title = new Label("Chip and technology constants");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, grid);
        setSpacing(6);
        setPadding(new Insets(8));
        pending.add(() -> section("Chip"));
        for (String[] c : ConstantNames.CHIP) {
            pending.add(() -> add(hw(c)));
        }
        pending.add(() -> section("Technology"));
        for (String[] c : ConstantNames.TECH) {
            Constant k = ConstantNames.constant(c[2]);
            pending.add(() -> add(new ConstantItem<Technology>(c[0], c[1], k.key(), k.unit(), ConstantNames.source(k),
                    1, DesignPoint::tech, DesignPoint::withTech)));
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

    private void add(ConstantItem<?> item) {
        Label name = new Label(item.name());
        name.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        name.setTooltip(tip);
        ValueField field = new ValueField(item.id(), () -> NumberText.format(item.value(vm.design())),
                text -> item.apply(vm, text));
        field.onLeftRejected(s -> vm.statusProperty().set(item.name() + ": " + s));
        Label unit = new Label(item.unit());
        // A long unit ("µm² per bit/cycle") takes two lines rather than widen the whole column past its width.
        unit.setWrapText(true);
        unit.setMaxWidth(UNIT_WIDTH);
        unit.setMinWidth(Math.min(UNIT_WIDTH, unit.prefWidth(-1)));
        unit.setMinHeight(Region.USE_PREF_SIZE);
        Runnable refresh = () -> {
            field.refresh();
            tip.setText(item.tooltip(vm.design()));
        };
        refresh.run();
        refreshers.add(refresh);
        GridPane.setValignment(name, VPos.BASELINE);
        GridPane.setValignment(unit, VPos.BASELINE);
        grid.addRow(row++, name, field, unit);
    }

    private static ConstantItem<Hardware> hw(String[] c) {
        Constant k = c[2].isEmpty() ? null : ConstantNames.constant(c[2]);
        String key = k == null ? c[3] : k.key();
        String unit = k == null ? "" : k.unit();
        String source = k == null ? c[4] : ConstantNames.source(k);
        double scale = unit.equals("GiB") ? Constants.GIB : unit.equals("MiB") ? Constants.MIB : 1;
        return new ConstantItem<>(c[0], c[1], key, unit, source, scale, DesignPoint::hw, DesignPoint::withHw);
    }
}
