package org.romaexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place where Jackson is configured: one mapper for every JSON the app reads or writes. Reading is
 * strict ({@link JsonInput}: duplicate keys and trailing content refused, sizes limited before anything is
 * built); writing is either indented ({@link #pretty}: {@code --json}, presets, the report) or one line
 * ({@link #compact}: outputs read line by line). The mapper itself stays in this package, so nobody can
 * reconfigure it for everyone.
 */
public final class JsonMappers {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(JsonInput.MAX_NUMBER_CHARS)
                            .maxNestingDepth(JsonInput.MAX_DEPTH).maxStringLength(JsonInput.MAX_STRING_CHARS)
                            .maxDocumentLength(InputFile.MAX_BYTES).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private JsonMappers() {}

    /** {@code value} as indented JSON (Jackson's default pretty printer). */
    public static String pretty(Object value) {
        return write(PRETTY, value);
    }

    /** {@code value} as JSON on one line. */
    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    /** The tree of {@code json}, read with the strict rules above. */
    static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
