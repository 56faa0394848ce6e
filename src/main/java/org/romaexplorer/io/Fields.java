package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Strict reading of one JSON object: every field is named by its dotted path in errors, and fields
 * that nobody read are reported as unknown by {@link #done()}.
 */
final class Fields {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    Fields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidParameterException(path, "must be a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The JSON key a model field name stands for: itself, or a key it ends with ("lora_rank" → "rank"). */
    String keyFor(String modelField) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (modelField.equals(k) || modelField.endsWith("_" + k)) {
                return k;
            }
        }
        return modelField;
    }

    boolean has(String key) {
        return node.has(key);
    }

    private JsonNode required(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new InvalidParameterException(name(key), "missing");
        }
        return v;
    }

    int integer(String key) {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidParameterException(name(key), "must be a whole number, got " + v);
        }
        return v.intValue();
    }

    double number(String key) {
        JsonNode v = required(key);
        if (!v.isNumber()) {
            throw new InvalidParameterException(name(key), "must be a number, got " + v);
        }
        return v.doubleValue();
    }

    boolean bool(String key) {
        JsonNode v = required(key);
        if (!v.isBoolean()) {
            throw new InvalidParameterException(name(key), "must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    String text(String key) {
        JsonNode v = required(key);
        if (!v.isTextual()) {
            throw new InvalidParameterException(name(key), "must be a string, got " + v);
        }
        return v.textValue();
    }

    JsonNode raw(String key) {
        return required(key);
    }

    Fields object(String key) {
        return new Fields(required(key), name(key));
    }

    /** Fails on the first field that was never read. */
    void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!read.contains(k)) {
                throw new InvalidParameterException(name(k), "unknown field");
            }
        }
    }
}
