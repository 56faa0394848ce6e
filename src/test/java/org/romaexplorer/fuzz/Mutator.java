package org.romaexplorer.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.RandomCase;

/**
 * Makes mutants of the seed documents: structural edits of the JSON tree (a field deleted, a wrong type,
 * an extreme number, a string with control characters, deep nesting, a huge string, an odd or duplicate
 * key, a link to a bad file) and then, sometimes, edits of the bytes (flips, truncation, junk, a byte-order
 * mark, UTF-16, trailing content). Numbers and nesting that a tree cannot hold go in as raw text.
 */
public final class Mutator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", " ", "x\ny", "\r", "\u0000", "\uFEFF", "\uD800", "\u202E", "\u2028",
        "\t", "q", "Q", "gate", "llama", "gemma2", "qwen2", "../..", "8", "true"};

    private final RandomCase c;
    private final List<String> recipe = new ArrayList<>();
    private final Map<String, String> raw = new LinkedHashMap<>();
    private boolean viaFile;

    private Mutator(RandomCase c) {
        this.c = c;
    }

    public static Mutant preset(RandomCase c, Seeds seeds, List<String> badFiles) {
        Mutator m = new Mutator(c);
        ObjectNode doc = seeds.preset(c.between(0, 9));
        byte[] linked = c.chance(0.25) ? m.link(doc, seeds, badFiles) : null;
        return m.finish(Mutant.Kind.PRESET, doc, linked);
    }

    /** A mutant of any other seed document (a baseline preset), by the same tree and byte edits. */
    public static Mutant of(RandomCase c, ObjectNode doc, Mutant.Kind kind) {
        return new Mutator(c).finish(kind, doc, null);
    }

    public static Mutant hfConfig(RandomCase c, Seeds seeds) {
        Mutator m = new Mutator(c);
        return m.finish(Mutant.Kind.HF_CONFIG, m.hfTree(seeds), null);
    }

    private ObjectNode hfTree(Seeds seeds) {
        ObjectNode doc = seeds.hf(c.between(0, seeds.hfCount() - 1));
        if (c.chance(0.05)) {
            recipe.add("wrapped in text_config");
            ObjectNode outer = NODES.objectNode().put("model_type", "llava");
            outer.set("text_config", doc);
            return outer;
        }
        return doc;
    }

    /** Replaces the preset's model by an {@code hf_config} link; returns the linked config to write, if any. */
    private byte[] link(ObjectNode doc, Seeds seeds, List<String> badFiles) {
        doc.remove("model");
        int kind = c.between(0, 2);
        String target = kind == 0 ? seeds.hfFiles.get(c.between(0, seeds.hfFiles.size() - 1)).toAbsolutePath().toString()
                : kind == 1 ? c.pick(badFiles) : "linked.json";
        doc.put("hf_config", target);
        recipe.add("hf_config → " + target.substring(0, Math.min(60, target.length())));
        return kind == 2 ? hfConfig(c, seeds).bytes() : null;
    }

    private Mutant finish(Mutant.Kind kind, ObjectNode doc, byte[] linked) {
        for (int i = c.pick(0, 0, 1, 1, 1, 2, 3); i > 0; i--) {
            new TreeEdit(c, recipe, raw).apply(doc);
        }
        byte[] bytes = serialize(doc);
        if (c.chance(0.3)) {
            bytes = bytes(bytes);
        }
        return new Mutant(kind, String.join("; ", recipe), bytes, viaFile || c.chance(0.15), linked);
    }

    private byte[] serialize(ObjectNode doc) {
        try {
            String text = c.bool() ? Seeds.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc)
                    : Seeds.JSON.writeValueAsString(doc);
            for (Map.Entry<String, String> e : raw.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One edit of the serialized bytes. */
    private byte[] bytes(byte[] b) {
        int at = c.between(0, b.length);
        String text = new String(b, StandardCharsets.UTF_8);
        return switch (c.between(0, 7)) {
            case 0 -> flip(b);
            case 1 -> note("truncated at " + at, java.util.Arrays.copyOf(b, at));
            case 2 -> note("junk at " + at, (text.substring(0, Math.min(at, text.length())) + c.pick("{", "}", "[", "]",
                    ",", ":", "\"", "\\u", "-", "1e999", "NaN", "null", "/*", "\u0000") + text.substring(Math.min(at, text.length())))
                    .getBytes(StandardCharsets.UTF_8));
            case 3 -> note("byte-order mark", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
            case 4 -> {
                viaFile = true;
                yield note("UTF-16", text.getBytes(StandardCharsets.UTF_16));
            }
            case 5 -> note("trailing content", (text + c.pick(" {}", "}", " x", "\n[1]", "\u0000")).getBytes(StandardCharsets.UTF_8));
            case 6 -> note("CRLF", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            default -> note("leading junk", (c.pick("\u0000", "//", "\uFEFF\uFEFF", " ", ")]}'\n") + text).getBytes(StandardCharsets.UTF_8));
        };
    }

    private byte[] flip(byte[] b) {
        viaFile = true;
        byte[] out = b.clone();
        for (int i = c.between(1, 8); i > 0 && out.length > 0; i--) {
            out[c.between(0, out.length - 1)] = (byte) c.between(0, 255);
        }
        return note("bytes flipped", out);
    }

    private byte[] note(String what, byte[] b) {
        recipe.add(what);
        return b;
    }

    static String weirdString(RandomCase c) {
        return c.chance(0.8) ? c.pick(STRINGS) : randomString(c, c.between(1, 12));
    }

    static String randomString(RandomCase c, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) c.between(0, 0xFFFF));
        }
        return sb.toString();
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode a = NODES.arrayNode();
        for (JsonNode n : items) {
            a.add(n);
        }
        return a;
    }
}
