package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.LoraConfig;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Projection;

/**
 * The preset JSON layout; see {@code docs/presets.md}. Besides {@code name}, {@code description} and the model
 * ({@code model} inline or {@code hf_config}), every field is a {@link Param} of the registry, found in the
 * section its declaration names ({@link Param#presetPath()}); a field left out keeps ROMA's default
 * ({@link Models#template}), so a preset states what differs from the reference design. Unknown fields fail.
 */
final class PresetFormat {
    private PresetFormat() {}

    static DesignPoint read(JsonFields f, Path dir) {
        f.requiredText("name");
        if (f.present("description")) {
            f.requiredText("description");
        }
        ModelShape model = f.present("hf_config") ? HfConfigLink.read(f.requiredText("hf_config"), dir, f.name("hf_config"))
                : model(f.object("model"));
        DesignPoint p = Models.template(model);
        for (Param.Section s : Param.Section.values()) {
            if (s.json() == null) {
                p = params(f, s, p);
            } else if (f.present(s.json())) {
                JsonFields sec = f.object(s.json());
                p = params(sec, s, p);
                if (s == Param.Section.LORA && sec.present("targets")) {
                    DesignPoint q = p;
                    p = sec.prefixed(() -> q.withLora(q.lora().withTargets(targets(sec))));
                }
                if (s == Param.Section.LORA && sec.present("other_ranks")) {
                    DesignPoint q = p;
                    p = sec.prefixed(() -> q.withLora(q.lora().withOtherRanks(otherRanks(sec))));
                }
                sec.done();
            }
        }
        f.done();
        return p;
    }

    /** {@code p} with every parameter of section {@code s} that {@code f} holds. */
    private static DesignPoint params(JsonFields f, Param.Section s, DesignPoint p) {
        for (Param k : Params.in(s)) {
            if (f.present(k.presetField())) {
                p = set(f, k, p);
            }
        }
        return p;
    }

    /** Reads one parameter's field and applies it; an error names the field as written. */
    private static DesignPoint set(JsonFields f, Param k, DesignPoint p) {
        String field = k.presetField();
        double v = switch (k.kind()) {
            case NUMBER -> f.requiredNumber(field);
            case INTEGER -> f.requiredInt(field);
            case FLAG -> f.requiredBool(field) ? 1 : 0;
            case CHOICE -> choice(f, k);
        };
        try {
            return k.set(p, v);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(e.field().equals(k.key()) ? f.name(field) : e.field(), e.problem());
        }
    }

    private static int choice(JsonFields f, Param k) {
        String name = f.requiredText(k.presetField());
        int i = k.choices().indexOf(name.toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new InvalidParameterException(f.name(k.presetField()), "must be " + k.choiceList() + ", got \"" + name + "\"");
        }
        return i;
    }

    /** Builds a section, naming the JSON field of any error, and rejects fields it did not read. */
    private static <T> T checked(JsonFields f, java.util.function.Supplier<T> make) {
        T t = f.prefixed(make);
        f.done();
        return t;
    }

    static ModelShape model(JsonFields f) {
        return checked(f, () -> new ModelShape(f.requiredText("name"), f.requiredInt("hidden_size"),
                f.requiredInt("intermediate_size"), f.requiredInt("num_hidden_layers"), f.requiredInt("num_attention_heads"),
                f.requiredInt("num_key_value_heads"), f.requiredInt("head_dim"), f.requiredInt("vocab_size"),
                f.requiredBool("tie_word_embeddings"), f.requiredBool("attention_bias"), f.requiredInt("norms_per_layer"),
                PresetTraits.extraNorms(f), PresetTraits.moe(f), PresetTraits.attention(f)));
    }

    private static Set<Projection> targets(JsonFields f) {
        JsonNode arr = f.required("targets");
        if (!arr.isArray()) {
            throw new InvalidParameterException(f.name("targets"), "must be a list such as [\"q\",\"v\"]");
        }
        Set<Projection> set = EnumSet.noneOf(Projection.class);
        for (JsonNode t : arr) {
            try {
                set.add(Projection.valueOf(t.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(f.name("targets"),
                        "unknown projection " + t + "; allowed: q, k, v, o, gate, up, down");
            }
        }
        return set;
    }

    /** The ranks of adapters 2, 3, … ({@link LoraConfig#otherRanks}): a list of whole numbers. */
    private static List<Integer> otherRanks(JsonFields f) {
        JsonNode arr = f.required("other_ranks");
        if (!arr.isArray()) {
            throw new InvalidParameterException(f.name("other_ranks"), "must be a list of ranks such as [16, 64]");
        }
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode r : arr) {
            if (!r.isIntegralNumber() || !r.canConvertToInt()) {
                throw new InvalidParameterException(f.name("other_ranks"), "must hold whole ranks, got " + JsonFields.shown(r));
            }
            ranks.add(r.intValue());
        }
        return ranks;
    }

    /** Every parameter, section by section, in its JSON type: a number, an integer, a choice's name, a flag. */
    static ObjectNode write(DesignPoint p, String name, ObjectMapper json) {
        ObjectNode root = json.createObjectNode().put("name", name);
        ModelShape m = p.model();
        ObjectNode model = root.putObject("model");
        model.put("name", m.name()).put("hidden_size", m.hiddenSize())
                .put("intermediate_size", m.intermediateSize()).put("num_hidden_layers", m.numLayers())
                .put("num_attention_heads", m.numHeads()).put("num_key_value_heads", m.numKvHeads())
                .put("head_dim", m.headDim()).put("vocab_size", m.vocabSize())
                .put("tie_word_embeddings", m.tieWordEmbeddings()).put("attention_bias", m.attentionBias())
                .put("norms_per_layer", m.normsPerLayer());
        PresetTraits.write(model, m);
        for (Param.Section s : Param.Section.values()) {
            ObjectNode sec = s.json() == null ? root : root.putObject(s.json());
            for (Param k : Params.in(s)) {
                put(sec, k, k.get(p));
            }
            if (s == Param.Section.LORA) {
                EnumSet.copyOf(p.lora().targets()).forEach(t -> sec.withArray("targets").add(t.key()));
                if (!p.lora().otherRanks().isEmpty()) {
                    p.lora().otherRanks().forEach(r -> sec.withArray("other_ranks").add(r));
                }
            }
        }
        return root;
    }

    private static void put(ObjectNode sec, Param k, double v) {
        String field = k.presetField();
        switch (k.kind()) {
            case NUMBER -> sec.put(field, v);
            case INTEGER -> sec.put(field, (long) v);
            case FLAG -> sec.put(field, v != 0);
            case CHOICE -> sec.put(field, k.text(v));
        }
    }
}
