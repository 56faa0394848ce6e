package org.romaexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.romaexplorer.model.Attention;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Moe;

/**
 * The optional fields of a preset's {@code model}: {@code extra_norms_per_layer}, {@code experts} and
 * {@code sliding_window}. Absent means a dense model with full attention and no extra norms; they are written
 * only when they differ from that, so older presets round-trip unchanged.
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
}
