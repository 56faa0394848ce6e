package org.romaexplorer.compare;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knob;
import org.romaexplorer.model.Metrics;

/**
 * One row of a comparison: a design input (a {@link Knob}) or an output of the model, with its display
 * unit, its format and which way is better (inputs have no better way).
 */
public record Quantity(String key, String name, String unit, String format, Better better,
                       ToDoubleBiFunction<DesignPoint, Metrics> value) {

    /** Which change of a quantity an architect welcomes. */
    public enum Better { HIGHER, LOWER, NEITHER }

    public double of(DesignPoint d, Metrics m) { return value.applyAsDouble(d, m); }

    /** Format of a yes/no quantity (held as 1 or 0). */
    static final String YES_NO = "yes/no";

    /** The value as shown, e.g. "4,320", "12.34" or "yes". */
    public String text(double v) {
        return format.equals(YES_NO) ? (v != 0 ? "yes" : "no") : String.format(format, v);
    }

    /** A change as shown: "+1,024 (+50.0%)"; for a yes/no quantity "now yes", "now no" or "same". */
    public String text(Delta d) {
        if (!format.equals(YES_NO)) {
            return d.text(format);
        }
        return d.change() == 0 ? "same" : d.change() > 0 ? "now yes" : "now no";
    }

    /** The headline metrics, in the metrics bar's order, then the model's other outputs, then the inputs. */
    public static final List<Quantity> ALL = List.of(
            out("max_tokens", "Max tokens", "tokens", "%,.0f", Better.HIGHER, (d, m) -> m.maxTokens()),
            out("ttft_ms", "TTFT", "ms", "%,.2f", Better.LOWER, (d, m) -> m.ttftSeconds() * 1e3),
            out("decode_tokens_per_s", "Decode", "tok/s", "%,.0f", Better.HIGHER, (d, m) -> m.decodeTokensPerS()),
            out("generation_tokens_per_s", "Generation", "tok/s", "%,.0f", Better.HIGHER,
                    (d, m) -> m.generationTokensPerS()),
            out("area_mm2", "Area", "mm²", "%,.1f", Better.LOWER, (d, m) -> m.areaMm2()),
            out("power_w", "Power", "W", "%,.2f", Better.LOWER, (d, m) -> m.powerW()),
            out("tokens_per_joule", "Efficiency", "tok/J", "%,.0f", Better.HIGHER, (d, m) -> m.tokensPerJoule()),
            out("rom_gib_required", "ROM needed", "GiB", "%,.3f", Better.LOWER,
                    (d, m) -> m.romBytesRequired() / Constants.GIB),
            out("fits_in_rom", "Fits in ROM", "", YES_NO, Better.HIGHER, (d, m) -> m.fitsInRom() ? 1 : 0),
            out("context_fits", "Context fits", "", YES_NO, Better.HIGHER, (d, m) -> m.contextFits() ? 1 : 0),
            out("lora_mib", "LoRA weights", "MiB", "%,.2f", Better.NEITHER, (d, m) -> m.loraBytes() / Constants.MIB),
            out("kv_bytes_per_token", "KV per token", "bytes", "%,.0f", Better.LOWER, (d, m) -> m.kvBytesPerToken()),
            in(Knob.SRAM_MB, "SRAM", "%,.0f"), in(Knob.LORA_RANK, "LoRA rank", "%,.0f"),
            in(Knob.BASE_BITS, "Base bits", "%.0f"), in(Knob.KV_BITS, "KV bits", "%.0f"),
            in(Knob.LORA_BITS, "LoRA bits", "%.0f"), in(Knob.CLOCK_MHZ, "Clock", "%,.0f"),
            in(Knob.INPUT_LEN, "Input length", "%,.0f"), in(Knob.KV_LEN, "KV length", "%,.0f"),
            in(Knob.OUTPUT_LEN, "Output length", "%,.0f"), in(Knob.ROM_GIB, "ROM", "%,.3f"),
            in(Knob.MATRIX_ROWS, "Matrix rows", "%.0f"), in(Knob.COLUMNS, "Columns", "%.0f"));

    /** The quantity with this key. */
    public static Quantity of(String key) {
        return ALL.stream().filter(q -> q.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quantity " + key));
    }

    private static Quantity out(String key, String name, String unit, String format, Better better,
                                ToDoubleBiFunction<DesignPoint, Metrics> value) {
        return new Quantity(key, name, unit, format, better, value);
    }

    private static Quantity in(Knob k, String name, String format) {
        return new Quantity(k.key(), name, k.unit().isEmpty() ? "" : k.unit(), format, Better.NEITHER,
                (d, m) -> k.get(d));
    }
}
