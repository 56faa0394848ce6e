package org.romaexplorer.ui.params;

import org.romaexplorer.ui.ExplorerViewModel;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.romaexplorer.model.Constant;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Hardware;
import org.romaexplorer.model.Technology;

/** The chip and technology constants not on a slider, with unit and source in each tooltip. */
public final class ConstantsSheet extends VBox {
    private static final String[] TECH = {"sramCellUm2", "romToSramCell", "macroEfficiency", "bromWordBits",
        "numCgen", "bromMetalDemand", "computeMetalDemand", "fp16MacUm2", "lLaneUm2", "vectorLogicMm2",
        "logicAreaScale", "sramReadFj", "fp16MacPj", "lLaneFj", "vectorPjPerCycle", "energyScale", "sramLeakPw",
        "romLeakToSram", "sramReadExponent"};
    private static final String[] TECH_KEYS = {"sram_cell_um2", "rom_to_sram_cell", "macro_efficiency",
        "brom_word_bits", "num_cgen", "brom_metal_demand", "compute_metal_demand", "fp16_mac_um2", "l_lane_um2",
        "vector_logic_mm2", "logic_area_scale", "sram_read_fj_per_bit", "fp16_mac_pj", "l_lane_fj_per_bit",
        "vector_pj_per_cycle", "energy_scale", "sram_leak_pw_per_bit", "rom_leak_to_sram", "sram_read_exponent"};

    public ConstantsSheet(ExplorerViewModel vm) {
        PropertySheet sheet = new PropertySheet();
        sheet.setId("constants-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        List<PropertySheet.Item> items = items(vm);
        sheet.getItems().setAll(items);
        // A rejected value stays typed in its editor; rebuilding the editors shows the applied one again.
        items.forEach(i -> ((ConstantItem<?>) i).setOnRejected(() ->
                Platform.runLater(() -> sheet.getItems().setAll(List.copyOf(items)))));
        Button reset = new Button("Reset to preset");
        reset.setId("reset-constants");
        reset.setOnAction(e -> vm.resetConstants());
        Label title = new Label("Chip and technology constants");
        title.setStyle("-fx-font-weight: bold;");
        HBox head = new HBox(8, title, reset);
        getChildren().addAll(head, sheet);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
    }

    private static List<PropertySheet.Item> items(ExplorerViewModel vm) {
        List<PropertySheet.Item> out = new ArrayList<>();
        out.add(hw(vm, "romBytes", Constants.ROM_CAPACITY, Constants.GIB));
        out.add(hw(vm, "intermediateSramBytes", Constants.SRAM_INTERMEDIATE, Constants.MIB));
        out.add(hw(vm, "lUnitBitsPerCycle", Constants.L_UNIT_BITS_PER_CYCLE, 1));
        out.add(hw(vm, "hUnitMacsPerCycle", Constants.H_UNIT_MACS_PER_CYCLE, 1));
        out.add(hw(vm, "vectorCyclesPerElement", Constants.VECTOR_CYCLES_PER_ELEMENT, 1));
        out.add(hw(vm, "prefillAttentionOverlap", Constants.PREFILL_ATTENTION_OVERLAP, 1));
        out.add(hwPlain(vm, "matrixRows", "matrix_rows", "paper Table I / Sec. III-A: 2 × 8 rows"));
        out.add(hwPlain(vm, "columns", "columns", "paper Sec. III-A: 16 columns"));
        for (int i = 0; i < TECH.length; i++) {
            Constant c = constant(TECH_KEYS[i]);
            out.add(new ConstantItem<Technology>(vm, "Technology", TECH[i], c.key(), c.unit(), source(c), 1,
                    DesignPoint::tech, DesignPoint::withTech));
        }
        return out;
    }

    private static ConstantItem<Hardware> hw(ExplorerViewModel vm, String component, Constant c, double scale) {
        return new ConstantItem<>(vm, "Chip", component, c.key(), c.unit(), source(c), scale, DesignPoint::hw,
                DesignPoint::withHw);
    }

    private static ConstantItem<Hardware> hwPlain(ExplorerViewModel vm, String component, String key, String src) {
        return new ConstantItem<>(vm, "Chip", component, key, "", src, 1, DesignPoint::hw, DesignPoint::withHw);
    }

    private static String source(Constant c) {
        return c.source() + (c.calibrated() ? " (calibrated)" : "");
    }

    private static Constant constant(String key) {
        return Constants.ALL.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no constant " + key));
    }
}
