package org.romaexplorer.ui.lab;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.LUnitConfig;

/** The L-unit lab's inputs, each bound to a {@link LabViewModel} property. */
public final class LabControls extends GridPane {
    private int row;

    LabControls(LabViewModel vm) {
        ChoiceBox<Integer> bits = new ChoiceBox<>();
        bits.getItems().addAll(2, 4);
        bits.setConverter(converter(b -> b + "-bit (UInt" + b + ")"));
        bits.setValue(vm.weightBitsProperty().get());
        bits.valueProperty().addListener((o, a, b) -> vm.weightBitsProperty().set(b));
        add("Weight bits", bits, "weight-bits");

        Slider align = new Slider(LUnitConfig.MIN_ALIGN_BITS, LUnitConfig.MAX_ALIGN_BITS, vm.alignBitsProperty().get());
        align.setMajorTickUnit(4);
        align.setMinorTickCount(3);
        align.setSnapToTicks(true);
        align.setShowTickMarks(true);
        align.setShowTickLabels(true);
        align.setBlockIncrement(1);
        align.valueProperty().addListener((o, a, v) -> vm.alignBitsProperty().set((int) Math.round(v.doubleValue())));
        Label alignValue = new Label();
        alignValue.textProperty().bind(vm.alignBitsProperty().asString("Aligned width: %d bits"));
        addWide(alignValue);
        addWide(align);
        align.setId("lab-align-slider");

        CheckBox lossless = new CheckBox("lossless (never overflows)");
        lossless.selectedProperty().bindBidirectional(vm.losslessAccProperty());
        lossless.setId("lab-lossless");
        Spinner<Integer> acc = new Spinner<>();
        IntegerSpinnerValueFactory accRange = new IntegerSpinnerValueFactory(LUnitConfig.MIN_ALIGN_BITS,
                LUnitConfig.MAX_ACC_BITS, vm.accBitsProperty().get());
        accRange.minProperty().bind(vm.alignBitsProperty());
        acc.setValueFactory(accRange);
        acc.setEditable(true);
        acc.disableProperty().bind(lossless.selectedProperty());
        vm.accBitsProperty().addListener((o, a, v) -> accRange.setValue(v.intValue()));
        accRange.valueProperty().addListener((o, a, v) -> vm.accBitsProperty().set(v));
        add("Accumulator bits", acc, "acc-bits");
        addWide(lossless);

        ChoiceBox<ActivationDistribution> dist = new ChoiceBox<>();
        dist.getItems().addAll(ActivationDistribution.values());
        dist.setConverter(converter(d -> d == ActivationDistribution.GAUSSIAN ? "Gaussian N(0,1)"
                : "Outliers (3 channels ×20–100)"));
        dist.valueProperty().bindBidirectional(vm.distributionProperty());
        add("Activations", dist, "distribution");

        ComboBox<Integer> samples = new ComboBox<>();
        samples.getItems().addAll(200, 500, 1_000, 2_000, 5_000, 10_000, 20_000);
        samples.setConverter(converter(n -> String.format("%,d", n)));
        samples.setValue(vm.samplesProperty().get());
        samples.valueProperty().addListener((o, a, n) -> { if (n != null) { vm.samplesProperty().set(n); } });
        add("Groups of 128", samples, "samples");

        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, vm.seedProperty().get());
        seed.setEditable(true);
        seed.valueProperty().addListener((o, a, s) -> vm.seedProperty().set(s));
        add("Seed", seed, "seed");
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getColumnConstraints().addAll(names, new javafx.scene.layout.ColumnConstraints());
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(4, 0, 4, 0));
    }

    private void add(String label, Node control, String id) {
        control.setId("lab-" + id);
        ((javafx.scene.control.Control) control).setMaxWidth(Double.MAX_VALUE);
        add(new Label(label), 0, row);
        add(control, 1, row++);
    }

    private void addWide(Node n) {
        add(n, 0, row++, 2, 1);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : text.apply(t); }

            @Override public T fromString(String s) { throw new UnsupportedOperationException(); }
        };
    }
}
