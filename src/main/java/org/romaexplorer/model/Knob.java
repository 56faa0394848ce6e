package org.romaexplorer.model;

import java.util.Locale;

/**
 * The design-point parameters a user turns (GUI sliders, CLI {@code --set}, sweep {@code --vary}), each
 * with its key, display unit and range. Values cross this API in display units (MiB, MHz, tokens);
 * the design point keeps SI units.
 */
public enum Knob {
    SRAM_MB("sram_mb", "MiB", 1, 65_536, false,
            "SRAM for LoRA weights and KV cache in the H-units; paper: 288 MB (Sec. I)"),
    LORA_RANK("lora_rank", "", 0, 1024, true, "LoRA rank r; paper: 16 (Figs. 6, 7, 9, 10), 16 to 64 (Fig. 8)"),
    BASE_BITS("base_bits", "bit", 2, 8, true, "base-model weight bits in ROM; paper: 4 (3B), 2 (8B) (Sec. IV-A)"),
    KV_BITS("kv_bits", "bit", 4, 32, true,
            "KV-cache precision; paper states FP16 (Sec. IV-A), its Fig. 10 needs 8 (docs/paper-fit.md)"),
    LORA_BITS("lora_bits", "bit", 4, 32, true,
            "LoRA weight precision; paper states FP8 (Sec. IV-A), its Fig. 10 needs 16 (docs/paper-fit.md)"),
    CLOCK_MHZ("clock_mhz", "MHz", 1, 10_000, false, "clock; paper: 500 MHz (Table I)"),
    INPUT_LEN("input_len", "tokens", 1, 1 << 20, true, "prompt tokens prefilled; paper: 256 to 4K (Fig. 6), to 2K (Fig. 9)"),
    KV_LEN("kv_len", "tokens", 0, 1 << 20, true, "tokens already cached for one decode step; paper: 0 to 4K (Fig. 7)"),
    OUTPUT_LEN("output_len", "tokens", 1, 1 << 20, true, "tokens generated after the prompt; paper: 4K (Fig. 9)"),
    ROM_GIB("rom_gib", "GiB", 0.001, 32_768, false, "B-ROM capacity; paper: 1.86 GB (Table I)"),
    MATRIX_ROWS("matrix_rows", "", 1, 1024, true, "rows of matrix units; paper: two arrays of 8 (Sec. III-A)"),
    COLUMNS("columns", "", 1, 1024, true, "columns of units, also the vector units; paper: 16 (Sec. III-A)"),
    KV_OVERFLOW("kv_overflow", "", 0, 2, true,
            "KV beyond the SRAM: 0 reject (flag it), 1 spill (to off-chip DRAM), 2 evict (sinks + recent, StreamingLLM); paper: not discussed"),
    DRAM_MB_PER_S("dram_mb_per_s", "MB/s", 1, 100_000_000, false,
            "off-chip DRAM bandwidth for spilled KV; default LPDDR5X-8533 x64, 68,264 MB/s (JESD209-5B)"),
    DRAM_PJ_PER_BIT("dram_pj_per_bit", "pJ/bit", 0, 1000, false,
            "off-chip DRAM read energy for spilled KV; default 4 pJ/bit (LPDDR5/5X estimate, docs/model.md)"),
    WEIGHT_PACKING("weight_packing", "", 0, 2, true,
            "base weights: 0 integers of base_bits, ternary (BitNet b1.58) at 1: 2 bits or 2: 5 trits per byte; paper: integer"),
    ZERO_FRACTION("zero_fraction", "", 0, 0.99, false,
            "share of zero ternary weights (no add; no read with 2-bit codes); 0.31 for absmean-ternarized Gaussian weights");

    private final String key;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean integer;
    private final String help;

    Knob(String key, String unit, double min, double max, boolean integer, String help) {
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.help = help;
    }

    public String key() { return key; }

    public String unit() { return unit; }

    public double min() { return min; }

    public double max() { return max; }

    public boolean integer() { return integer; }

    /** What the knob is and the paper's value, with its source: for tooltips and {@code --help}. */
    public String help() { return help; }

    /** The knob with this key; the error lists the known keys. */
    public static Knob of(String key) {
        for (Knob k : values()) {
            if (k.key.equals(key.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new InvalidParameterException(key, "unknown parameter; known: " + keys());
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Knob k : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(k.key);
        }
        return sb.toString();
    }

    /** The knob's value in {@code p}, in display units. */
    public double get(DesignPoint p) {
        return switch (this) {
            case SRAM_MB -> Memory.SRAM.size(p.hw().sramBytes());
            case LORA_RANK -> p.lora().rank();
            case BASE_BITS -> p.quant().baseBits();
            case KV_BITS -> p.kvBits();
            case LORA_BITS -> p.lora().bits();
            case CLOCK_MHZ -> p.hw().clockHz() / 1e6;
            case INPUT_LEN -> p.workload().inputLen();
            case KV_LEN -> p.workload().kvLen();
            case OUTPUT_LEN -> p.workload().outputLen();
            case ROM_GIB -> Memory.ROM.size(p.hw().romBytes());
            case MATRIX_ROWS -> p.hw().matrixRows();
            case COLUMNS -> p.hw().columns();
            case KV_OVERFLOW -> p.kvPolicy().overflow().ordinal();
            case DRAM_MB_PER_S -> p.kvPolicy().dramBytesPerS() / 1e6;
            case DRAM_PJ_PER_BIT -> p.kvPolicy().dramPjPerBit();
            case WEIGHT_PACKING -> p.quant().packing().ordinal();
            case ZERO_FRACTION -> p.quant().zeroFraction();
        };
    }

    /** A copy of {@code p} with this knob at {@code v}; rejects values out of range or not whole. */
    public DesignPoint set(DesignPoint p, double v) {
        Check.range(key, v, min, max);
        if (integer && v != Math.rint(v)) {
            throw new InvalidParameterException(key, "must be a whole number, got " + v);
        }
        int i = (int) v;
        return switch (this) {
            case SRAM_MB -> p.withHw(p.hw().withSramBytes(Memory.SRAM.bytes(v)));
            case LORA_RANK -> p.withLora(p.lora().withRank(i));
            case BASE_BITS -> p.withQuant(p.quant().withBaseBits(i));
            case KV_BITS -> p.withKvBits(i);
            case LORA_BITS -> p.withLora(p.lora().withBits(i));
            case CLOCK_MHZ -> p.withHw(p.hw().withClockHz(v * 1e6));
            case INPUT_LEN -> p.withWorkload(p.workload().withInputLen(i));
            case KV_LEN -> p.withWorkload(p.workload().withKvLen(i));
            case OUTPUT_LEN -> p.withWorkload(p.workload().withOutputLen(i));
            case ROM_GIB -> p.withHw(p.hw().withRomBytes(Memory.ROM.bytes(v)));
            case MATRIX_ROWS -> p.withHw(p.hw().withArray(i, p.hw().columns()));
            case COLUMNS -> p.withHw(p.hw().withArray(p.hw().matrixRows(), i));
            case KV_OVERFLOW -> p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.values()[i]));
            case DRAM_MB_PER_S -> p.withKvPolicy(p.kvPolicy().withDramBytesPerS(v * 1e6));
            case DRAM_PJ_PER_BIT -> p.withKvPolicy(p.kvPolicy().withDramPjPerBit(v));
            case WEIGHT_PACKING -> p.withQuant(p.quant().withPacking(WeightPacking.values()[i]));
            case ZERO_FRACTION -> p.withQuant(p.quant().withZeroFraction(v));
        };
    }

    /** Names of the values 0, 1, 2 … of a knob that picks one of a few choices; empty for a number. */
    public java.util.List<String> choices() {
        return switch (this) {
            case KV_OVERFLOW -> java.util.List.of("reject", "spill", "evict");
            case WEIGHT_PACKING -> java.util.List.of("integer", "ternary2", "ternary5");
            default -> java.util.List.of();
        };
    }

    /** A typed value: a number, or the name of one of {@link #choices()}. */
    public double parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (choices().contains(t)) {
            return choices().indexOf(t);
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            String also = choices().isEmpty() ? "" : " or " + String.join(", ", choices());
            throw new InvalidParameterException(key, "must be a number" + also + ", got '" + text + "'");
        }
    }
}
