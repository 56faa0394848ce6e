package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;
import org.romaexplorer.model.InvalidParameterException;

/** Whatever is done to a valid config.json, parsing fails only with InvalidParameterException. */
class HfConfigProperties {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final List<String> DIRS = List.of("Llama-3.2-3B", "Meta-Llama-3-8B", "Qwen2-0.5B",
            "Mistral-7B-v0.1", "gemma-2-2b", "Phi-3-mini-4k-instruct");
    private static final String[] JUNK = {"{", "}", "\"", ",", "[", ":", "\\u", "-", "1e999", "NaN"};

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(7_000, 500);
    }

    @PropertyTest
    void mutatedFieldsFailOnlyWithInvalidParameter(RandomCase c) {
        ObjectNode node = HfJson.tree(c.pick(DIRS));
        for (int i = c.between(1, 4); i > 0; i--) {
            edit(node, c.between(0, 1000), c.chance(0.2) ? null : scalar(c));
        }
        assertOnlyInvalidParameter(node.toString());
    }

    @PropertyTest
    void truncatedOrCorruptedTextFailsOnlyWithInvalidParameter(RandomCase c) {
        String text = HfFixtures.text(c.pick(DIRS));
        int at = (int) (c.between(0.0, 1.0) * text.length());
        String junk = c.bool() ? string(c, 3) : c.pick(JUNK);
        assertOnlyInvalidParameter(text.substring(0, at) + junk + text.substring(at));
    }

    private static void assertOnlyInvalidParameter(String json) {
        Throwable t = catchThrowable(() -> HfConfig.parse(json, "mutant"));
        assertThat(t).satisfiesAnyOf(
                x -> assertThat(x).isNull(),
                x -> assertThat(x).isExactlyInstanceOf(InvalidParameterException.class));
    }

    /** Replaces (or, with a null value, drops) one top-level field. */
    private static void edit(ObjectNode node, int keyIndex, JsonNode value) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            return;
        }
        String key = keys.get(keyIndex % keys.size());
        if (value == null) {
            node.remove(key);
        } else {
            node.set(key, value);
        }
    }

    private static JsonNode scalar(RandomCase c) {
        return switch (c.between(0, 7)) {
            case 0 -> JSON.numberNode(c.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
            case 1 -> JSON.numberNode(c.between(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2) * 2);
            case 2 -> JSON.numberNode(c.bool() ? c.between(-1e6, 1e6) : Double.longBitsToDouble(c.random().nextLong()));
            case 3 -> JSON.textNode(string(c, 8));
            case 4 -> JSON.booleanNode(c.bool());
            case 5 -> JSON.nullNode();
            case 6 -> JSON.objectNode();
            default -> JSON.numberNode(c.between(-2, 4096));
        };
    }

    /** Up to {@code max} characters, any code unit. */
    private static String string(RandomCase c, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.between(0, max); i > 0; i--) {
            sb.append((char) c.between(0, 0xFFFF));
        }
        return sb.toString();
    }
}
