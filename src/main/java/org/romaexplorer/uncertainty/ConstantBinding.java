package org.romaexplorer.uncertainty;

import java.util.LinkedHashMap;
import java.util.Map;
import org.romaexplorer.model.Constant;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Records;

/**
 * Where each constant of {@link Constants} lives in a design point: a component of its {@code Hardware} or
 * {@code Technology}, and the factor from the constant's unit to the record's SI unit. Reads and writes
 * go through the record's canonical constructor, so its checks run.
 *
 * @param constant  the constant
 * @param hardware  whether it is a {@code Hardware} component (else {@code Technology})
 * @param component the record component's name
 * @param scale     SI value = constant value × scale
 */
public record ConstantBinding(Constant constant, boolean hardware, String component, double scale) {

    /** Every constant, in the order of {@link Constants#ALL}. */
    public static final Map<String, ConstantBinding> ALL = build();

    private static Map<String, ConstantBinding> build() {
        Map<String, String> hw = Map.of("clock_mhz", "clockHz", "rom_gib", "romBytes", "sram_mb", "sramBytes",
                "intermediate_sram_mb", "intermediateSramBytes", "l_unit_bits_per_cycle", "lUnitBitsPerCycle",
                "h_unit_macs_per_cycle", "hUnitMacsPerCycle", "vector_cycles_per_element", "vectorCyclesPerElement",
                "prefill_attention_overlap", "prefillAttentionOverlap");
        Map<String, Double> scale = Map.of("clock_mhz", 1e6, "rom_gib", Constants.GIB, "sram_mb", Constants.MIB,
                "intermediate_sram_mb", Constants.MIB);
        Map<String, String> tech = Map.ofEntries(Map.entry("sram_read_fj_per_bit", "sramReadFj"),
                Map.entry("l_lane_fj_per_bit", "lLaneFj"), Map.entry("sram_leak_pw_per_bit", "sramLeakPw"),
                Map.entry("rom_leak_to_sram", "romLeakToSram"));
        Map<String, ConstantBinding> out = new LinkedHashMap<>();
        for (Constant c : Constants.ALL) {
            boolean isHw = hw.containsKey(c.key());
            String component = isHw ? hw.get(c.key()) : tech.getOrDefault(c.key(), camel(c.key()));
            out.put(c.key(), new ConstantBinding(c, isHw, component, scale.getOrDefault(c.key(), 1.0)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** "sram_cell_um2" → "sramCellUm2". */
    static String camel(String key) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : key.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }

    public static ConstantBinding of(String key) {
        ConstantBinding b = ALL.get(key);
        if (b == null) {
            throw new InvalidParameterException(key, "unknown constant");
        }
        return b;
    }

    /** The constant's value in {@code p}, in the constant's unit. */
    public double get(DesignPoint p) {
        return Records.get(hardware ? p.hw() : p.tech(), component) / scale;
    }

    /** {@code p} with every constant in {@code values} (constants' units) set, one construction per record. */
    public static DesignPoint withAll(DesignPoint p, Map<ConstantBinding, Double> values) {
        Map<String, Double> hw = new java.util.HashMap<>();
        Map<String, Double> tech = new java.util.HashMap<>();
        values.forEach((b, v) -> (b.hardware ? hw : tech).put(b.component, v * b.scale));
        return p.withHw(Records.withAll(p.hw(), hw)).withTech(Records.withAll(p.tech(), tech));
    }

    /** {@code p} with the constant at {@code value} (constant's unit). */
    public DesignPoint with(DesignPoint p, double value) {
        double si = value * scale;
        return hardware ? p.withHw(Records.with(p.hw(), component, si)) : p.withTech(Records.with(p.tech(), component, si));
    }
}
