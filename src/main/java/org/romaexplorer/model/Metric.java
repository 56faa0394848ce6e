package org.romaexplorer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * One named output of the model, declared once: key, display name, unit, what kind of number it is, which way
 * is better and how it is shown. {@code eval --json}, sweep columns and objectives, the Design-space labels,
 * the Compare tables and the design report all read {@link #all()}. A metric reads its value straight from
 * {@link Metrics} (no map per point), in the unit of its key: ms for TTFT, a flag as 1 or 0. Counts are exact
 * integers in every output. Immutable and thread-safe.
 */
public final class Metric {
    /** What kind of number a metric is. */
    public enum Kind {
        /** An exact count (parameters, bytes, tokens): a long, shown whole. */
        COUNT,
        /** Yes or no, 1 or 0. */
        FLAG,
        /** A real amount (time, speed, area, power). */
        AMOUNT
    }

    /** Which change of a metric an architect welcomes. */
    public enum Better { HIGHER, LOWER, NEITHER }

    private static final java.util.ArrayList<Metric> DECLARED = new java.util.ArrayList<>();

    public static final Metric PARAMS_TOTAL = count("params_total", "Parameters", "", Better.NEITHER, Metrics::paramsTotal);
    public static final Metric PARAMS_ACTIVE = count("params_active", "Active parameters", "", Better.NEITHER,
            Metrics::paramsActive);
    public static final Metric ROM_BYTES_REQUIRED = count("rom_bytes_required", "ROM needed", "bytes", Better.LOWER,
            Metrics::romBytesRequired);
    public static final Metric FITS_IN_ROM = flag("fits_in_rom", "Fits in ROM", Metrics::fitsInRom);
    public static final Metric LORA_BYTES = count("lora_bytes", "LoRA weights", "bytes", Better.NEITHER, Metrics::loraBytes);
    public static final Metric KV_BYTES_PER_TOKEN = count("kv_bytes_per_token", "KV per token", "bytes", Better.LOWER,
            Metrics::kvBytesPerToken);
    public static final Metric MAX_TOKENS = count("max_tokens", "Max tokens", "tokens", Better.HIGHER, Metrics::maxTokens);
    public static final Metric CONTEXT_FITS = flag("context_fits", "Context fits", Metrics::contextFits);
    public static final Metric TTFT_MS = amount("ttft_ms", "TTFT", "ms", "%,.2f", Better.LOWER, m -> m.ttftSeconds() * 1e3);
    public static final Metric DECODE_TOKENS_PER_S = amount("decode_tokens_per_s", "Decode", "tokens/s", "%,.0f",
            Better.HIGHER, Metrics::decodeTokensPerS);
    public static final Metric GENERATION_TOKENS_PER_S = amount("generation_tokens_per_s", "Generation", "tokens/s", "%,.0f",
            Better.HIGHER, Metrics::generationTokensPerS);
    public static final Metric AREA_MM2 = amount("area_mm2", "Area", "mm²", "%,.1f", Better.LOWER, Metrics::areaMm2);
    public static final Metric POWER_W = amount("power_w", "Power", "W", "%,.2f", Better.LOWER, Metrics::powerW);
    public static final Metric TOKENS_PER_JOULE = amount("tokens_per_joule", "Efficiency", "tokens/J", "%,.0f", Better.HIGHER,
            Metrics::tokensPerJoule);
    public static final Metric KV_SPILLED_TOKENS = count("kv_spilled_tokens", "KV spilled", "tokens", Better.LOWER,
            Metrics::kvSpilledTokens);

    public static final Metric AREA_WEIGHT_MEMORY = part("area_mm2_weight_memory", "Weight memory area", m -> m.area().weightMemory());
    public static final Metric AREA_L_LOGIC = part("area_mm2_l_logic", "L-unit logic area", m -> m.area().lLogic());
    public static final Metric AREA_LORA_KV = part("area_mm2_lora_kv_memory", "LoRA/KV memory area", m -> m.area().loraKvMemory());
    public static final Metric AREA_H_LOGIC = part("area_mm2_h_logic", "H-unit logic area", m -> m.area().hLogic());
    public static final Metric AREA_INTERMEDIATE = part("area_mm2_intermediate_sram", "Intermediate SRAM area",
            m -> m.area().intermediateSram());
    public static final Metric AREA_VECTOR_LOGIC = part("area_mm2_vector_logic", "Vector logic area", m -> m.area().vectorLogic());

    // --- serving (issue 21)
    public static final Metric DECODE_TOKENS_PER_S_TOTAL = amount("decode_tokens_per_s_total", "Total decode",
            "tokens/s", "%,.0f", Better.HIGHER, Metrics::decodeTokensPerSTotal);
    public static final Metric GENERATION_TOKENS_PER_S_TOTAL = amount("generation_tokens_per_s_total",
            "Total generation", "tokens/s", "%,.0f", Better.HIGHER, Metrics::generationTokensPerSTotal);
    public static final Metric FULL_SPEED_USERS = count("full_speed_users", "Users at full speed", "users", Better.HIGHER,
            Metrics::fullSpeedUsers);
    public static final Metric ADAPTER_LOAD_MS = amount("adapter_load_ms", "Adapter load", "ms", "%,.3f", Better.LOWER,
            m -> m.adapterLoadSeconds() * 1e3);

    // --- cost (docs/cost.md)
    public static final Metric DIES_PER_WAFER = amount("dies_per_wafer", "Dies per wafer", "dies", "%,.1f", Better.HIGHER,
            Metrics::diesPerWafer);
    public static final Metric DIE_YIELD = amount("die_yield", "Die yield", "", "%.3f", Better.HIGHER, Metrics::dieYield);
    public static final Metric DIE_COST_USD = usd("die_cost_usd", "Die cost", "%,.2f", Metrics::dieCostUsd);
    public static final Metric CHIP_COST_USD = usd("chip_cost_usd", "Chip cost", "%,.2f", Metrics::chipCostUsd);
    public static final Metric NRE_USD = usd("nre_usd", "NRE", "%,.0f", Metrics::nreUsd);
    public static final Metric RESPIN_MASKS = amount("respin_masks", "Masks per model update", "masks", "%,.1f",
            Better.LOWER, Metrics::respinMasks);
    public static final Metric RESPIN_NRE_USD = usd("respin_nre_usd", "Re-spin NRE", "%,.0f", Metrics::respinNreUsd);
    public static final Metric NRE_PER_CHIP_USD = usd("nre_per_chip_usd", "NRE per chip", "%,.2f", Metrics::nrePerChipUsd);
    public static final Metric ENERGY_PER_CHIP_USD = usd("energy_per_chip_usd", "Energy per chip", "%,.2f",
            Metrics::energyPerChipUsd);
    public static final Metric COST_PER_MTOK_USD = usd("cost_per_mtok_usd", "Cost per Mtok", "%,.5f",
            Metrics::costPerMtokUsd);

    private static final List<Metric> ALL = List.copyOf(DECLARED);
    private static final Map<String, Metric> BY_KEY = byKey();

    private final String key;
    private final String name;
    private final String unit;
    private final Kind kind;
    private final Better better;
    private final String format;
    private final ToDoubleFunction<Metrics> value;
    private final ToLongFunction<Metrics> count;
    private final int index;

    private Metric(String key, String name, String unit, Kind kind, Better better, String format,
                   ToDoubleFunction<Metrics> value, ToLongFunction<Metrics> count) {
        this.key = key;
        this.name = name;
        this.unit = unit;
        this.kind = kind;
        this.better = better;
        this.format = format;
        this.value = value;
        this.count = count;
        this.index = DECLARED.size();
        DECLARED.add(this);
    }

    private static Metric count(String key, String name, String unit, Better better, ToLongFunction<Metrics> f) {
        return new Metric(key, name, unit, Kind.COUNT, better, "%,d", m -> f.applyAsLong(m), f);
    }

    private static Metric flag(String key, String name, Predicate<Metrics> f) {
        return new Metric(key, name, "", Kind.FLAG, Better.HIGHER, "", m -> f.test(m) ? 1 : 0, m -> f.test(m) ? 1 : 0);
    }

    private static Metric amount(String key, String name, String unit, String format, Better better, ToDoubleFunction<Metrics> f) {
        return new Metric(key, name, unit, Kind.AMOUNT, better, format, f, null);
    }

    /** An amount of US dollars, lower better. */
    private static Metric usd(String key, String name, String format, ToDoubleFunction<Metrics> f) {
        return amount(key, name, "USD", format, Better.LOWER, f);
    }

    /** A part of the chip's area ({@link AreaBreakdown}), mm². */
    private static Metric part(String key, String name, ToDoubleFunction<Metrics> f) {
        return amount(key, name, "mm²", "%,.1f", Better.LOWER, f);
    }

    private static Map<String, Metric> byKey() {
        Map<String, Metric> m = new LinkedHashMap<>();
        ALL.forEach(x -> m.put(x.key, x));
        return m;
    }

    /** Every metric, in the order of {@code eval --json} and sweep columns. */
    public static List<Metric> all() { return ALL; }

    /** The metric with this key; the error, under {@code field} (e.g. "--objectives"), lists the known keys. */
    public static Metric of(String key, String field) {
        Metric m = BY_KEY.get(key.trim().toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new InvalidParameterException(field, "unknown metric '" + key.trim() + "'; known: " + keys());
        }
        return m;
    }

    public static Metric of(String key) {
        return of(key, "metric");
    }

    public static String keys() {
        return String.join(", ", BY_KEY.keySet());
    }

    /** Every metric of {@code m} by key, for JSON and tables: counts as {@link Long}, flags as {@link Boolean}. */
    public static Map<String, Object> map(Metrics m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Metric x : ALL) {
            out.put(x.key, x.boxed(m));
        }
        return out;
    }

    public String key() { return key; }

    /** Display name, e.g. "Max tokens". */
    public String name() { return name; }

    /** Unit of the key's value, empty for none. */
    public String unit() { return unit; }

    /** "Max tokens (tokens)", "Area (mm²)", "Fits in ROM (1/0)": an axis label. */
    public String label() {
        return name + (kind == Kind.FLAG ? " (1/0)" : unit.isEmpty() ? "" : " (" + unit + ")");
    }

    public Kind kind() { return kind; }

    public Better better() { return better; }

    /** Position in {@link #all()}: an index for arrays of per-metric values. */
    public int index() { return index; }

    /** The value, in the key's unit (a count exactly while below 2^53, a flag 1 or 0). */
    public double of(Metrics m) { return value.applyAsDouble(m); }

    /** The value as JSON wants it: a count as its exact long, a flag as a boolean, an amount as a double. */
    public Object boxed(Metrics m) {
        return switch (kind) {
            case COUNT -> count.applyAsLong(m);
            case FLAG -> count.applyAsLong(m) != 0;
            case AMOUNT -> value.applyAsDouble(m);
        };
    }

    /** The value as the window shows it: "4,320", "12.34", "yes". */
    public String text(double v) {
        return switch (kind) {
            case COUNT -> String.format("%,d", Math.round(v));
            case FLAG -> v != 0 ? "yes" : "no";
            case AMOUNT -> String.format(format, v);
        };
    }

    /** The display format of an amount ({@code %,.2f}); counts {@code %,d}; flags none. */
    public String format() { return format; }

    @Override
    public String toString() { return key; }
}
