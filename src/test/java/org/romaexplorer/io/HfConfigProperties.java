package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.romaexplorer.model.InvalidParameterException;

/** Whatever is done to a valid config.json, parsing fails only with InvalidParameterException. */
class HfConfigProperties {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> DIRS = List.of("Llama-3.2-3B", "Meta-Llama-3-8B", "Qwen2-0.5B",
            "Mistral-7B-v0.1", "gemma-2-2b", "Phi-3-mini-4k-instruct");

    @Property(tries = 500)
    void mutatedFieldsFailOnlyWithInvalidParameter(@ForAll("fixtures") String dir,
                                                   @ForAll("edits") List<Edit> edits) {
        ObjectNode node = HfJson.tree(dir);
        edits.forEach(e -> e.apply(node));
        assertOnlyInvalidParameter(node.toString());
    }

    @Property(tries = 500)
    void truncatedOrCorruptedTextFailsOnlyWithInvalidParameter(@ForAll("fixtures") String dir,
                                                               @ForAll("fractions") double cut,
                                                               @ForAll("junk") String junk) {
        String text = HfFixtures.text(dir);
        int at = (int) (cut * text.length());
        assertOnlyInvalidParameter(text.substring(0, at) + junk + text.substring(at));
    }

    private static void assertOnlyInvalidParameter(String json) {
        Throwable t = catchThrowable(() -> HfConfig.parse(json, "mutant"));
        assertThat(t).satisfiesAnyOf(
                x -> assertThat(x).isNull(),
                x -> assertThat(x).isExactlyInstanceOf(InvalidParameterException.class));
    }

    /** Replace (or, with a null value, drop) one top-level field. */
    record Edit(int keyIndex, JsonNode value) {
        void apply(ObjectNode node) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(keyIndex % keys.size());
            if (value == null) {
                node.remove(key);
            } else {
                node.set(key, value);
            }
        }
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(DIRS);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<JsonNode> value = Arbitraries.oneOf(scalars(), Arbitraries.just((JsonNode) null));
        return Combinators.combine(Arbitraries.integers().between(0, 1000), value.injectNull(0.0))
                .as(Edit::new).list().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<JsonNode> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (JsonNode) JSON.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) JSON.numberNode(l)),
                Arbitraries.doubles().map(d -> (JsonNode) JSON.numberNode(d)),
                Arbitraries.strings().ofMaxLength(8).map(s -> (JsonNode) JSON.textNode(s)),
                Arbitraries.of(true, false).map(b -> (JsonNode) JSON.booleanNode(b)),
                Arbitraries.just((JsonNode) JSON.nullNode()),
                Arbitraries.just((JsonNode) JSON.objectNode()),
                Arbitraries.integers().between(-2, 4096).map(i -> (JsonNode) JSON.numberNode(i)));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(3),
                Arbitraries.of("{", "}", "\"", ",", "[", ":", "\\u", "-", "1e999", "NaN"));
    }
}
