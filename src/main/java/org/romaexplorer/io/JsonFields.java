package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Supplier;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Typed reads of the fields of one JSON object; every failure is an {@link InvalidParameterException}
 * naming the field, prefixed with where the object sits ({@code "text_config."}). A JSON {@code null}
 * counts as absent for optional fields, as Hugging Face treats {@code None}.
 */
final class JsonFields {
    private static final int MAX_SHOWN = 40;

    private final JsonNode object;
    private final String prefix;

    JsonFields(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    String name(String field) {
        return prefix + field;
    }

    int requiredInt(String field) {
        JsonNode n = object.get(field);
        if (n == null) {
            throw new InvalidParameterException(name(field), "missing");
        }
        return toInt(field, n);
    }

    /** The value, or {@code fallback} when absent or null. */
    int optionalInt(String field, int fallback) {
        return present(field) ? toInt(field, object.get(field)) : fallback;
    }

    boolean optionalBool(String field, boolean fallback) {
        if (!present(field)) {
            return fallback;
        }
        JsonNode n = object.get(field);
        if (!n.isBoolean()) {
            throw wrongType(field, "true or false", n);
        }
        return n.booleanValue();
    }

    Optional<String> optionalText(String field) {
        if (!present(field)) {
            return Optional.empty();
        }
        JsonNode n = object.get(field);
        if (!n.isTextual()) {
            throw wrongType(field, "a string", n);
        }
        return Optional.of(n.textValue());
    }

    boolean present(String field) {
        JsonNode n = object.get(field);
        return n != null && !n.isNull();
    }

    /** Runs {@code check}, adding this object's prefix to the field of any exception it throws. */
    <T> T prefixed(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidParameterException e) {
            if (e.field().startsWith(prefix)) {
                throw e;
            }
            String problem = e.getMessage().substring(e.field().length() + 2);
            throw new InvalidParameterException(name(e.field()), problem);
        }
    }

    private int toInt(String field, JsonNode n) {
        if (!n.isIntegralNumber()) {
            throw wrongType(field, "an integer", n);
        }
        if (!n.canConvertToInt()) {
            throw new InvalidParameterException(name(field), "out of range, got " + shown(n));
        }
        return n.intValue();
    }

    private InvalidParameterException wrongType(String field, String expected, JsonNode n) {
        return new InvalidParameterException(name(field), "must be " + expected + ", got " + shown(n));
    }

    private static String shown(JsonNode n) {
        String s = n.toString();
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
    }
}
