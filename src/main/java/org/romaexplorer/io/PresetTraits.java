package org.romaexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.romaexplorer.model.Attention;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.KvPolicy;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Moe;
import org.romaexplorer.model.Quantization;
import org.romaexplorer.model.WeightPacking;

/**
 * The optional preset fields added for issue 11: in {@code model}, {@code extra_norms_per_layer},
 * {@code experts} and {@code sliding_window}; in {@code quantization}, {@code weight_packing} and
 * {@code zero_fraction}; at the top level, {@code kv_overflow}. Absent means what presets meant before
 * (dense, full attention, integer weights, reject); they are written only when they differ from that, so
 * older presets round-trip unchanged.
 */
final class PresetTraits {
    private PresetTraits() {}

    static int extraNorms(JsonFields f) {
        return f.optionalInt("extra_norms_per_layer", 0);
    }

    static Moe moe(JsonFields model) {
        if (!model.present("experts")) {
            return Moe.DENSE;
        }
        JsonFields f = model.object("experts");
        Moe moe = f.prefixed(() -> new Moe(f.requiredInt("num_experts"), f.requiredInt("num_experts_per_tok"),
                f.optionalInt("shared_expert_intermediate_size", 0)));
        f.done();
        return moe;
    }

    static Attention attention(JsonFields model) {
        if (!model.present("sliding_window")) {
            return Attention.FULL;
        }
        JsonFields f = model.object("sliding_window");
        Attention a = f.prefixed(() -> new Attention(f.requiredInt("window"), f.requiredInt("windowed_layers")));
        f.done();
        return a;
    }

    static void write(ObjectNode model, ModelShape m) {
        if (m.extraNormsPerLayer() != 0) {
            model.put("extra_norms_per_layer", m.extraNormsPerLayer());
        }
        if (!m.moe().equals(Moe.DENSE)) {
            model.putObject("experts").put("num_experts", m.moe().experts())
                    .put("num_experts_per_tok", m.moe().topK())
                    .put("shared_expert_intermediate_size", m.moe().sharedIntermediate());
        }
        if (!m.attention().equals(Attention.FULL)) {
            model.putObject("sliding_window").put("window", m.attention().window())
                    .put("windowed_layers", m.attention().windowedLayers());
        }
    }

    static WeightPacking packing(JsonFields quant) {
        String name = quant.optionalText("weight_packing").orElse("integer");
        return switch (name) {
            case "integer" -> WeightPacking.INTEGER;
            case "ternary2" -> WeightPacking.TERNARY_2BIT;
            case "ternary5" -> WeightPacking.TERNARY_5_PER_BYTE;
            default -> throw new InvalidParameterException(quant.name("weight_packing"),
                    "must be integer, ternary2 or ternary5, got \"" + name + "\"");
        };
    }

    static double zeroFraction(JsonFields quant) {
        return quant.present("zero_fraction") ? quant.requiredNumber("zero_fraction") : 0;
    }

    static void write(ObjectNode quant, Quantization q) {
        if (q.packing() != WeightPacking.INTEGER) {
            quant.put("weight_packing", List.of("integer", "ternary2", "ternary5").get(q.packing().ordinal()));
            quant.put("zero_fraction", q.zeroFraction());
        }
    }

    /** The top-level {@code kv_overflow} section, or reject with the default DRAM when absent. */
    static KvPolicy kvPolicy(JsonFields root) {
        if (!root.present("kv_overflow")) {
            return KvPolicy.reject();
        }
        JsonFields f = root.object("kv_overflow");
        KvPolicy k = f.prefixed(() -> new KvPolicy(overflow(f), f.requiredNumber("dram_mb_per_s") * 1e6,
                f.requiredNumber("dram_pj_per_bit"), f.requiredInt("sink_tokens")));
        f.done();
        return k;
    }

    private static KvPolicy.Overflow overflow(JsonFields f) {
        String name = f.requiredText("policy");
        for (KvPolicy.Overflow o : KvPolicy.Overflow.values()) {
            if (o.name().toLowerCase(Locale.ROOT).equals(name)) {
                return o;
            }
        }
        throw new InvalidParameterException(f.name("policy"), "must be reject, spill or evict, got \"" + name + "\"");
    }

    static void write(ObjectNode root, DesignPoint p) {
        KvPolicy k = p.kvPolicy();
        if (!k.equals(KvPolicy.reject())) {
            root.putObject("kv_overflow").put("policy", k.overflow().name().toLowerCase(Locale.ROOT))
                    .put("dram_mb_per_s", k.dramBytesPerS() / 1e6).put("dram_pj_per_bit", k.dramPjPerBit())
                    .put("sink_tokens", k.sinkTokens());
        }
    }
}
