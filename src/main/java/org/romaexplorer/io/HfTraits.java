package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.romaexplorer.model.Attention;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Moe;

/**
 * What a family's {@code config.json} says beyond a Llama: extra norms, experts and sliding-window
 * layers, read as transformers' modeling code uses them (read 2025).
 */
final class HfTraits {
    private HfTraits() {}

    /** Norm weights per layer beyond the {@code normsPerLayer} vectors of width d. */
    enum Norms {
        NONE,
        /** Qwen3, Gemma-3: q_norm and k_norm over one head, 2·head_dim. */
        QK_HEAD,
        /** OLMoE: q_norm over all query heads, k_norm over all kv heads, H·h + H_kv·h. */
        QK_FULL,
        /** BitNet: attn_sub_norm (d) before o_proj and ffn_sub_norm (I) before down_proj. */
        SUB;

        int weights(int hidden, int intermediate, int heads, int kvHeads, int headDim) {
            return switch (this) {
                case NONE -> 0;
                case QK_HEAD -> 2 * headDim;
                case QK_FULL -> (heads + kvHeads) * headDim;
                case SUB -> hidden + intermediate;
            };
        }
    }

    /** Where a family keeps its expert count, top-k and expert width, with the config class defaults. */
    enum Experts {
        NONE, QWEN, MIXTRAL, OLMOE;

        Moe moe(JsonFields f) {
            return switch (this) {
                case NONE -> Moe.DENSE;
                case QWEN -> qwen(f);
                case MIXTRAL -> new Moe(f.optionalInt("num_local_experts", 8), f.optionalInt("num_experts_per_tok", 2), 0);
                case OLMOE -> new Moe(f.optionalInt("num_experts", 64), f.optionalInt("num_experts_per_tok", 8), 0);
            };
        }

        /** Width of one expert: Qwen3-MoE's {@code moe_intermediate_size}, else {@code intermediate_size}. */
        int intermediate(JsonFields f) {
            return this == QWEN ? f.optionalInt("moe_intermediate_size", 768) : f.requiredInt("intermediate_size");
        }

        private static Moe qwen(JsonFields f) {
            if (f.optionalInt("decoder_sparse_step", 1) != 1) {
                throw new InvalidParameterException(f.name("decoder_sparse_step"), "only 1 (every layer MoE) is supported");
            }
            if (f.present("mlp_only_layers") && f.required("mlp_only_layers").size() > 0) {
                throw new InvalidParameterException(f.name("mlp_only_layers"), "dense layers in a MoE model are not supported");
            }
            return new Moe(f.optionalInt("num_experts", 128), f.optionalInt("num_experts_per_tok", 8), 0);
        }
    }

    /** Which layers use {@code sliding_window}; an explicit {@code layer_types} list wins over the rule. */
    enum Window {
        /** No sliding window (Llama, OLMoE, BitNet). */
        NONE,
        /** Every layer when {@code sliding_window} is set (Mistral, Mixtral, Phi-3). */
        ALL,
        /** Layers from {@code max_window_layers} on, only with {@code use_sliding_window: true} (Qwen). */
        QWEN,
        /** Even layers 0, 2, 4 … (Gemma-2: {@code is_sliding = not layer_idx % 2}). */
        ALTERNATE,
        /** All but every {@code sliding_window_pattern}-th layer (Gemma-3, pattern 6). */
        GEMMA3;

        Attention attention(JsonFields f, int layers) {
            if (this == NONE) {
                return Attention.FULL;
            }
            boolean defaulted = this == ALTERNATE || this == GEMMA3;
            if (!f.present("sliding_window") && !defaulted) {
                return Attention.FULL;
            }
            int window = f.optionalInt("sliding_window", 4096);
            int windowed = f.present("layer_types") ? slidingLayers(f, layers) : windowed(f, layers);
            return windowed == 0 ? Attention.FULL : new Attention(window, windowed);
        }

        private int windowed(JsonFields f, int layers) {
            return switch (this) {
                case NONE -> 0;
                case ALL -> layers;
                case QWEN -> f.optionalBool("use_sliding_window", false)
                        ? Math.max(0, layers - f.optionalInt("max_window_layers", layers)) : 0;
                case ALTERNATE -> (layers + 1) / 2;
                case GEMMA3 -> layers - layers / Math.max(1, f.optionalInt("sliding_window_pattern", 6));
            };
        }

        private static int slidingLayers(JsonFields f, int layers) {
            JsonNode types = f.required("layer_types");
            if (!types.isArray() || types.size() != layers) {
                throw new InvalidParameterException(f.name("layer_types"),
                        "must list one attention type per layer (" + layers + ")");
            }
            int n = 0;
            for (JsonNode t : types) {
                n += "sliding_attention".equals(t.asText()) ? 1 : 0;
            }
            return n;
        }
    }
}
