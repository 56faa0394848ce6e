package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.romaexplorer.model.Check;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.ModelShape;

/**
 * Reads a {@link ModelShape} from a Hugging Face {@code config.json}.
 *
 * <p>Fields read: {@code model_type}, {@code hidden_size}, {@code intermediate_size},
 * {@code num_hidden_layers}, {@code num_attention_heads}, {@code vocab_size} (all required),
 * {@code num_key_value_heads}, {@code head_dim}, {@code tie_word_embeddings}, {@code attention_bias},
 * {@code mlp_bias} and {@code _name_or_path} (optional; JSON {@code null} counts as absent). Other fields
 * are ignored. Where an optional field is absent, the default of the family's transformers config class
 * applies:
 *
 * <table>
 * <caption>Defaults by {@code model_type}</caption>
 * <tr><th>model_type</th><th>tie_word_embeddings</th><th>num_key_value_heads</th><th>head_dim</th>
 *     <th>biases</th><th>norms/layer</th></tr>
 * <tr><td>llama</td><td>false</td><td>= heads</td><td>hidden/heads</td><td>none</td><td>2</td></tr>
 * <tr><td>mistral</td><td>false</td><td>8</td><td>hidden/heads</td><td>none</td><td>2</td></tr>
 * <tr><td>qwen2</td><td>false</td><td>= heads</td><td>hidden/heads</td><td>q, k, v</td><td>2</td></tr>
 * <tr><td>gemma2</td><td>true</td><td>4</td><td>256</td><td>none</td><td>4</td></tr>
 * <tr><td>phi3</td><td>false</td><td>= heads</td><td>hidden/heads</td><td>none</td><td>2</td></tr>
 * <tr><td>qwen3, qwen3_moe</td><td>false</td><td>= heads</td><td>hidden/heads</td><td>none</td><td>2 + q/k norms</td></tr>
 * <tr><td>gemma3_text, gemma3</td><td>true</td><td>4</td><td>256</td><td>none</td><td>4 + q/k norms</td></tr>
 * <tr><td>smollm3</td><td>false</td><td>= heads</td><td>hidden/heads</td><td>none</td><td>2</td></tr>
 * <tr><td>bitnet</td><td>false</td><td>= heads</td><td>hidden/heads</td><td>none</td><td>2 + sub-norms</td></tr>
 * <tr><td>mixtral, olmoe</td><td>false</td><td>8, = heads</td><td>hidden/heads</td><td>none</td><td>2 (+ q/k norms, OLMoE)</td></tr>
 * </table>
 *
 * <p>Experts ({@code num_experts}/{@code num_local_experts}, {@code num_experts_per_tok},
 * {@code moe_intermediate_size}) and sliding windows ({@code sliding_window} with {@code layer_types}, or the
 * family's rule: all layers, Gemma-2's every other, Gemma-3's five of six, Qwen's {@code use_sliding_window})
 * are read by {@link HfTraits}.
 *
 * <p>Other model types, and a missing {@code model_type}, are rejected: the parameter count depends on
 * the architecture, and a silently wrong count is worse than an error. {@code attention_bias: true}
 * (Llama/Gemma-2: biases on q, k, v <em>and</em> o) and {@code mlp_bias: true} are rejected too, since
 * {@link ModelShape} models only Qwen2's q/k/v biases. A multimodal config whose top level has no
 * {@code hidden_size} but a {@code text_config} object is read from that object (fields are then named
 * {@code text_config.hidden_size} and so on); the name still comes from the top level.
 *
 * <p>Every problem, malformed JSON and unreadable files included, is an {@link InvalidParameterException}
 * whose {@code field()} is the JSON field, or {@value #FILE_FIELD} for the document as a whole. Files are
 * read by {@link InputFile} and parsed by {@link JsonInput}, with the limits of docs/input.md.
 */
public final class HfConfig {
    /** The field name reported for problems with the document as a whole. */
    public static final String FILE_FIELD = "config.json";

    private HfConfig() {}

    /**
     * Reads {@code file}; the name is {@code _name_or_path} if set, else the directory name for a file
     * called {@code config.json}, else the file name without {@code .json}.
     */
    public static ModelShape read(Path file) {
        return parse(InputFile.read(file, FILE_FIELD), defaultName(file));
    }

    /** Parses config.json text; {@code name} is used when the config has no {@code _name_or_path}. */
    public static ModelShape parse(String json, String name) {
        JsonNode root = JsonInput.object(json, FILE_FIELD);
        JsonFields top = new JsonFields(root, "");
        String shownName = top.optionalText("_name_or_path").filter(s -> !s.isBlank()).orElse(name);
        Check.notBlank("name", shownName);
        return shape(textFields(root, top), shownName);
    }

    private static JsonFields textFields(JsonNode root, JsonFields top) {
        JsonNode text = root.get("text_config");
        boolean nested = !root.has("hidden_size") && text != null && text.isObject();
        return nested ? new JsonFields(text, "text_config.") : top;
    }

    private static ModelShape shape(JsonFields f, String name) {
        HfFamily family = family(f);
        rejectUnmodelledBiases(f);
        int hidden = Check.range(f.name("hidden_size"), f.requiredInt("hidden_size"), 1, 1 << 20);
        int heads = Check.range(f.name("num_attention_heads"), intOr(f, "num_attention_heads", family.defaultHeads()), 1, 4096);
        int kvHeads = f.optionalInt("num_key_value_heads", family.defaultKvHeads > 0 ? family.defaultKvHeads : heads);
        int headDim = f.present("head_dim") ? f.requiredInt("head_dim") : derivedHeadDim(f, family, hidden, heads);
        int layers = f.requiredInt("num_hidden_layers");
        return f.prefixed(() -> {
            int inter = family.experts.intermediate(f);
            int extra = family.extraNorms.weights(hidden, inter, heads, kvHeads, headDim);
            return new ModelShape(name, hidden, inter, layers, heads, kvHeads, headDim,
                    intOr(f, "vocab_size", family.defaultVocab()),
                    f.optionalBool("tie_word_embeddings", family.tiedByDefault), family.qkvBias, family.normsPerLayer,
                    extra, family.experts.moe(f), family.window.attention(f, layers));
        });
    }

    /** The field, or the family's default when it has one (non-zero); else the field is required. */
    private static int intOr(JsonFields f, String field, int familyDefault) {
        return familyDefault > 0 ? f.optionalInt(field, familyDefault) : f.requiredInt(field);
    }

    private static HfFamily family(JsonFields f) {
        String field = f.name("model_type");
        String type = f.optionalText("model_type")
                .orElseThrow(() -> new InvalidParameterException(field, "missing"));
        return HfFamily.of(field, type);
    }

    private static void rejectUnmodelledBiases(JsonFields f) {
        if (f.optionalBool("attention_bias", false)) {
            throw new InvalidParameterException(f.name("attention_bias"),
                    "true (biases on q, k, v and o) is not supported; only Qwen2's q/k/v biases are modelled");
        }
        if (f.optionalBool("mlp_bias", false)) {
            throw new InvalidParameterException(f.name("mlp_bias"), "true is not supported");
        }
    }

    private static int derivedHeadDim(JsonFields f, HfFamily family, int hidden, int heads) {
        if (family.defaultHeadDim > 0) {
            return family.defaultHeadDim;
        }
        if (hidden % heads != 0) {
            throw new InvalidParameterException(f.name("num_attention_heads"),
                    "must divide hidden_size (" + hidden + ") when head_dim is absent, got " + heads);
        }
        return hidden / heads;
    }

    static String defaultName(Path file) {
        Path fileName = file.getFileName();
        Path parent = file.toAbsolutePath().getParent();
        if (fileName == null) {
            return "config";
        }
        if (fileName.toString().equals(FILE_FIELD) && parent != null && parent.getFileName() != null) {
            return hubRepoId(parent).orElse(parent.getFileName().toString());
        }
        return fileName.toString().replaceFirst("\\.json$", "");
    }

    /**
     * The model's id in a Hugging Face cache ({@code …/models--meta-llama--Llama-3.2-3B/snapshots/<commit>/}
     * → {@code meta-llama/Llama-3.2-3B}), where the folder holding config.json is a commit hash, not a name.
     */
    private static java.util.Optional<String> hubRepoId(Path dir) {
        Path snapshots = dir.getParent();
        Path repo = snapshots == null ? null : snapshots.getParent();
        if (repo == null || repo.getFileName() == null || !snapshots.getFileName().toString().equals("snapshots")
                || !repo.getFileName().toString().startsWith("models--")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(repo.getFileName().toString().substring(8).replace("--", "/"));
    }

}
