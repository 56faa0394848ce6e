package org.romaexplorer.io;

import java.util.Arrays;
import org.romaexplorer.model.InvalidParameterException;

/**
 * The model families {@link HfConfig} understands, keyed by {@code model_type}, with the defaults their
 * Hugging Face configuration classes apply to fields a {@code config.json} leaves out.
 *
 * <p>Defaults as in transformers' {@code configuration_*.py} (read 2025): a kv-head or head-dim default
 * of 0 here means "derived": {@code num_attention_heads}, resp. {@code hidden_size / num_attention_heads}.
 */
enum HfFamily {
    //    model_type  tied   qkvBias norms kvHeads headDim
    LLAMA("llama", false, false, 2, 0, 0),
    MISTRAL("mistral", false, false, 2, 8, 0),
    QWEN2("qwen2", false, true, 2, 0, 0),
    GEMMA2("gemma2", true, false, 4, 4, 256),
    PHI3("phi3", false, false, 2, 0, 0);

    final String modelType;
    final boolean tiedByDefault;
    final boolean qkvBias;
    final int normsPerLayer;
    final int defaultKvHeads;
    final int defaultHeadDim;

    HfFamily(String modelType, boolean tiedByDefault, boolean qkvBias, int normsPerLayer, int defaultKvHeads,
             int defaultHeadDim) {
        this.modelType = modelType;
        this.tiedByDefault = tiedByDefault;
        this.qkvBias = qkvBias;
        this.normsPerLayer = normsPerLayer;
        this.defaultKvHeads = defaultKvHeads;
        this.defaultHeadDim = defaultHeadDim;
    }

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
