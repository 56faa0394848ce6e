package org.romaexplorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** Edited copies of the fixtures, for tests of defaults and of bad input. */
final class HfJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private HfJson() {}

    static ObjectNode tree(String dir) {
        try {
            return (ObjectNode) MAPPER.readTree(HfFixtures.text(dir));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's JSON after {@code edit}. */
    static String edited(String dir, Consumer<ObjectNode> edit) {
        ObjectNode node = tree(dir);
        edit.accept(node);
        return node.toString();
    }

    /** The fixture's JSON with {@code field} set to the JSON text {@code value}, or removed if it is null. */
    static String with(String dir, String field, String value) {
        return edited(dir, n -> {
            if (value == null) {
                n.remove(field);
            } else {
                n.set(field, parse(value));
            }
        });
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(value, e);
        }
    }
}
