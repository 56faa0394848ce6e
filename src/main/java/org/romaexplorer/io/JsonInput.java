package org.romaexplorer.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Parses the JSON of presets and Hugging Face configs, with the same rules for both (docs/input.md):
 * a leading byte-order mark is skipped; a duplicate key and anything after the top-level value are errors;
 * numbers of more than {@value #MAX_NUMBER_CHARS} characters, nesting deeper than {@value #MAX_DEPTH}
 * levels, strings longer than {@value #MAX_STRING_CHARS} characters and documents longer than
 * {@link InputFile#MAX_BYTES} are refused before they are built (the mapper: {@link JsonMappers}). Every
 * problem is one {@link InvalidParameterException} naming the document.
 */
final class JsonInput {
    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_DEPTH = 64;
    static final int MAX_STRING_CHARS = 1 << 20;

    private JsonInput() {}

    /** The top-level object of {@code json}; {@code document} names the file in messages. */
    static JsonNode object(String json, String document) {
        JsonNode root = tree(json.startsWith("\uFEFF") ? json.substring(1) : json, document);
        if (root.isMissingNode()) {
            throw new InvalidParameterException(document, "the file is empty");
        }
        if (!root.isObject()) {
            throw new InvalidParameterException(document, "must be a JSON object {…}, got "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return root;
    }

    private static JsonNode tree(String json, String document) {
        try {
            return JsonMappers.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new InvalidParameterException(document, "refused: " + plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new InvalidParameterException(document, "not valid JSON" + at(e.getLocation()) + ": "
                    + plain(e.getOriginalMessage()));
        }
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Jackson's message, first line, without its hints at Jackson's own settings. */
    private static String plain(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.replace("[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "[")
                .replaceAll(", from `StreamReadConstraints[^`]*`", "");
    }
}
