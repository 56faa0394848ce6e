package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Typed reads of the fields of one JSON object; every failure is an {@link InvalidParameterException}
 * naming the field, prefixed with where the object sits ({@code "text_config."}, {@code "lora."}). A JSON
 * {@code null} counts as absent, as Hugging Face treats {@code None}. Strict readers call {@link #done()}
 * to reject fields nobody read; lenient ones (Hugging Face configs) don't.
 */
final class JsonFields {
    private static final int MAX_SHOWN = 40;
    private static final java.util.regex.Pattern PLAIN_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_]+");

    private final JsonNode object;
    private final String prefix;
    private final Set<String> read = new HashSet<>();

    JsonFields(JsonNode object, String prefix) {
        if (object == null || !object.isObject()) {
            throw new InvalidParameterException(prefix.isEmpty() ? "document" : prefix.substring(0, prefix.length() - 1),
                    "must be a JSON object");
        }
        this.object = object;
        this.prefix = prefix;
    }

    /**
     * The field as the user wrote it, after its object's prefix; a key of other characters than letters,
     * digits and underscores (an empty key, one with a dot or a space) is shown in JSON quotes.
     */
    String name(String field) {
        return prefix + (PLAIN_KEY.matcher(field).matches() ? field
                : "\"" + field.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    boolean present(String field) {
        JsonNode n = object.get(field);
        return n != null && !n.isNull();
    }

    /** The field's node; fails naming it when absent. */
    JsonNode required(String field) {
        read.add(field);
        if (!present(field)) {
            throw new InvalidParameterException(name(field), "missing");
        }
        return object.get(field);
    }

    int requiredInt(String field) {
        return toInt(field, required(field));
    }

    /** The value, or {@code fallback} when absent or null. */
    int optionalInt(String field, int fallback) {
        return present(field) ? requiredInt(field) : fallback;
    }

    double requiredNumber(String field) {
        JsonNode n = required(field);
        if (!n.isNumber()) {
            throw wrongType(field, "a number", n);
        }
        return finite(field, n).doubleValue();
    }

    boolean requiredBool(String field) {
        JsonNode n = required(field);
        if (!n.isBoolean()) {
            throw wrongType(field, "true or false", n);
        }
        return n.booleanValue();
    }

    boolean optionalBool(String field, boolean fallback) {
        return present(field) ? requiredBool(field) : fallback;
    }

    String requiredText(String field) {
        JsonNode n = required(field);
        if (!n.isTextual()) {
            throw wrongType(field, "a string", n);
        }
        return n.textValue();
    }

    Optional<String> optionalText(String field) {
        return present(field) ? Optional.of(requiredText(field)) : Optional.empty();
    }

    /** The nested object {@code field}, named {@code prefix + field + "."}. */
    JsonFields object(String field) {
        return new JsonFields(required(field), name(field) + ".");
    }

    /**
     * Runs {@code check}, naming the field of any exception it throws within this object: a model field
     * name maps to the JSON key it is or ends with ({@code lora_rank} → {@code lora.rank}).
     */
    <T> T prefixed(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidParameterException e) {
            if (!prefix.isEmpty() && e.field().startsWith(prefix)) {
                throw e;
            }
            throw new InvalidParameterException(name(keyFor(e.field())), e.problem());
        }
    }

    /** The key this object was read under that the model's field stands for: itself, else a suffix. */
    private String keyFor(String modelField) {
        if (read.contains(modelField)) {
            return modelField;
        }
        return read.stream().filter(k -> modelField.endsWith("_" + k)).findFirst().orElse(modelField);
    }

    /** Fails on the first field that was never read. */
    void done() {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!read.contains(k)) {
                throw new InvalidParameterException(name(k), "unknown field");
            }
        }
    }

    private int toInt(String field, JsonNode n) {
        if (!n.isIntegralNumber() && n.isNumber()) {
            finite(field, n);
        }
        if (!n.isIntegralNumber()) {
            throw wrongType(field, "an integer", n);
        }
        if (!n.canConvertToInt()) {
            throw new InvalidParameterException(name(field), "out of range, got " + shown(n));
        }
        return n.intValue();
    }

    /** The number, unless it is too large for a double (JSON {@code 1e309}). */
    private JsonNode finite(String field, JsonNode n) {
        if (!Double.isFinite(n.doubleValue())) {
            throw new InvalidParameterException(name(field), "out of range, got a number beyond ±1.8e308");
        }
        return n;
    }

    private InvalidParameterException wrongType(String field, String expected, JsonNode n) {
        return new InvalidParameterException(name(field), "must be " + expected + ", got " + shown(n));
    }

    static String shown(JsonNode n) {
        String s = n.toString();
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
    }
}
