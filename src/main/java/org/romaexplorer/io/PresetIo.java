package org.romaexplorer.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Reads and writes presets: a design point as JSON (format in {@code docs/presets.md}). Reading is
 * strict and all-or-nothing: the whole file is validated before a design point exists, and any unknown,
 * missing or out-of-range field fails with an {@link InvalidParameterException} naming it. Writing is
 * atomic: the JSON goes to a temporary file beside the target, which is then renamed over it.
 */
public final class PresetIo {
    /** Presets shipped in the jar (copies of {@code presets/*.json}). */
    public static final List<String> BUNDLED = List.of("llama3.2-3b-int4", "llama3-8b-int2", "olmoe-1b-7b-int2",
            "bitnet-2b4t-ternary");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PresetIo() {}

    public static DesignPoint read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidParameterException("preset", "not a UTF-8 text file: " + file);
        }
        return parse(text, file.toAbsolutePath().getParent());
    }

    /** Parses preset JSON; an {@code hf_config} path is resolved against {@code dir}. */
    public static DesignPoint parse(String json, Path dir) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidParameterException("preset", "not valid JSON at line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new InvalidParameterException("preset", root.isMissingNode() ? "the file is empty"
                    : "must be a JSON object {…}, got " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return PresetFormat.read(new JsonFields(root, ""), dir);
    }

    /** A bundled preset by name ({@link #BUNDLED}), or a preset file when the name is a path. */
    public static DesignPoint load(String nameOrFile) throws IOException {
        if (BUNDLED.contains(nameOrFile)) {
            return bundled(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InvalidParameterException("preset", "no bundled preset or file named '" + nameOrFile
                    + "'; bundled: " + String.join(", ", BUNDLED));
        }
        return read(file);
    }

    public static DesignPoint bundled(String name) {
        try (InputStream in = PresetIo.class.getResourceAsStream("/presets/" + name + ".json")) {
            if (in == null) {
                throw new InvalidParameterException("preset", "no bundled preset '" + name + "'");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(DesignPoint p, String name) {
        ObjectNode root = PresetFormat.write(p, name, JSON);
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically: a temporary file in the same folder, then a rename over {@code file}. */
    public static void write(DesignPoint p, String name, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".preset-", ".tmp");
        try {
            Files.writeString(tmp, toJson(p, name), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
