package org.romaexplorer.io;

import java.util.Arrays;
import org.romaexplorer.model.InvalidParameterException;

/**
 * The model families {@link HfConfig} understands, keyed by {@code model_type}, with the defaults their
 * Hugging Face configuration classes apply to fields a {@code config.json} leaves out, and the traits
 * that change the parameter count or the KV cache ({@link HfTraits}).
 *
 * <p>Defaults as in transformers' {@code configuration_*.py} (read 2025): a kv-head or head-dim default
 * of 0 here means "derived": {@code num_attention_heads}, resp. {@code hidden_size / num_attention_heads}.
 * Gemma-3 ships {@code text_config} objects that omit heads and vocabulary; Gemma3TextConfig's defaults
 * (8 heads, 262,208 tokens) fill them.
 */
enum HfFamily {
    //         model_type   tied   qkvBias norms kvHeads headDim extra norms            experts                 window
    LLAMA("llama", false, false, 2, 0, 0, HfTraits.Norms.NONE, HfTraits.Experts.NONE, HfTraits.Window.NONE),
    MISTRAL("mistral", false, false, 2, 8, 0, HfTraits.Norms.NONE, HfTraits.Experts.NONE, HfTraits.Window.ALL),
    QWEN2("qwen2", false, true, 2, 0, 0, HfTraits.Norms.NONE, HfTraits.Experts.NONE, HfTraits.Window.QWEN),
    GEMMA2("gemma2", true, false, 4, 4, 256, HfTraits.Norms.NONE, HfTraits.Experts.NONE, HfTraits.Window.ALTERNATE),
    PHI3("phi3", false, false, 2, 0, 0, HfTraits.Norms.NONE, HfTraits.Experts.NONE, HfTraits.Window.ALL),
    QWEN3("qwen3", false, false, 2, 0, 0, HfTraits.Norms.QK_HEAD, HfTraits.Experts.NONE, HfTraits.Window.QWEN),
    QWEN3_MOE("qwen3_moe", false, false, 2, 0, 0, HfTraits.Norms.QK_HEAD, HfTraits.Experts.QWEN, HfTraits.Window.QWEN),
    GEMMA3_TEXT("gemma3_text", true, false, 4, 4, 256, HfTraits.Norms.QK_HEAD, HfTraits.Experts.NONE, HfTraits.Window.GEMMA3),
    GEMMA3("gemma3", true, false, 4, 4, 256, HfTraits.Norms.QK_HEAD, HfTraits.Experts.NONE, HfTraits.Window.GEMMA3),
    SMOLLM3("smollm3", false, false, 2, 0, 0, HfTraits.Norms.NONE, HfTraits.Experts.NONE, HfTraits.Window.QWEN),
    BITNET("bitnet", false, false, 2, 0, 0, HfTraits.Norms.SUB, HfTraits.Experts.NONE, HfTraits.Window.NONE),
    MIXTRAL("mixtral", false, false, 2, 8, 0, HfTraits.Norms.NONE, HfTraits.Experts.MIXTRAL, HfTraits.Window.ALL),
    OLMOE("olmoe", false, false, 2, 0, 0, HfTraits.Norms.QK_FULL, HfTraits.Experts.OLMOE, HfTraits.Window.NONE);

    final String modelType;
    final boolean tiedByDefault;
    final boolean qkvBias;
    final int normsPerLayer;
    final int defaultKvHeads;
    final int defaultHeadDim;
    final HfTraits.Norms extraNorms;
    final HfTraits.Experts experts;
    final HfTraits.Window window;

    HfFamily(String modelType, boolean tiedByDefault, boolean qkvBias, int normsPerLayer, int defaultKvHeads,
             int defaultHeadDim, HfTraits.Norms extraNorms, HfTraits.Experts experts, HfTraits.Window window) {
        this.modelType = modelType;
        this.tiedByDefault = tiedByDefault;
        this.qkvBias = qkvBias;
        this.normsPerLayer = normsPerLayer;
        this.defaultKvHeads = defaultKvHeads;
        this.defaultHeadDim = defaultHeadDim;
        this.extraNorms = extraNorms;
        this.experts = experts;
        this.window = window;
    }

    /** Gemma3TextConfig's default head count, 0 where the family requires the field. */
    int defaultHeads() { return window == HfTraits.Window.GEMMA3 ? 8 : 0; }

    /** Gemma3TextConfig's default vocabulary, 0 where the family requires the field. */
    int defaultVocab() { return window == HfTraits.Window.GEMMA3 ? 262_208 : 0; }

    /** The family of a {@code model_type} value; {@code field} names where it came from in messages. */
    static HfFamily of(String field, String modelType) {
        for (HfFamily f : values()) {
            if (f.modelType.equals(modelType)) {
                return f;
            }
        }
        throw new InvalidParameterException(field, "unsupported \"" + modelType + "\", expected one of "
                + Arrays.stream(values()).map(f -> f.modelType).toList());
    }
}
