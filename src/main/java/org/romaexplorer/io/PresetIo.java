package org.romaexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Reads and writes presets: a design point as JSON (format in {@code docs/presets.md}). Reading is
 * strict and all-or-nothing: the whole file is validated before a design point exists, and any unknown,
 * missing or out-of-range field fails with an {@link InvalidParameterException} naming it. Writing is
 * atomic ({@link AtomicFile}): the saved file gets the permissions any new file gets (the umask's), or keeps
 * those of the file it replaces.
 */
public final class PresetIo {
    /** Presets shipped in the jar (copies of {@code presets/*.json}). */
    public static final List<String> BUNDLED = List.of("llama3.2-3b-int4", "llama3-8b-int2", "olmoe-1b-7b-int2",
            "bitnet-2b4t-ternary", "llama3.2-3b-serving", "tom-bitnet2b", "bitrom-falcon3-7b", "taalas-hc1");

    /** The field that names a preset file as a whole in messages. */
    static final String FIELD = "preset";

    private PresetIo() {}

    /** Reads a preset file ({@link InputFile}: regular files of at most 4 MiB, UTF-8). */
    public static DesignPoint read(Path file) throws IOException {
        return parse(InputFile.read(file, FIELD), file.toAbsolutePath().getParent());
    }

    /** Parses preset JSON; an {@code hf_config} path is resolved against {@code dir}. */
    public static DesignPoint parse(String json, Path dir) {
        return PresetFormat.read(new JsonFields(JsonInput.object(json, FIELD), ""), dir);
    }

    /** A bundled preset by name ({@link #BUNDLED}), or a preset file when the name is a path. */
    public static DesignPoint load(String nameOrFile) throws IOException {
        if (BUNDLED.contains(nameOrFile)) {
            return bundled(nameOrFile);
        }
        Path file = InputFile.path(nameOrFile, null, FIELD);
        if (!Files.exists(file)) {
            throw new InvalidParameterException(FIELD, "no bundled preset or file named '" + nameOrFile
                    + "'; bundled: " + String.join(", ", BUNDLED));
        }
        return read(file);
    }

    public static DesignPoint bundled(String name) {
        try (InputStream in = PresetIo.class.getResourceAsStream("/presets/" + name + ".json")) {
            if (in == null) {
                throw new InvalidParameterException(FIELD, "no bundled preset '" + name + "'");
            }
            return parse(InputFile.decode(in.readAllBytes(), FIELD, name), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(DesignPoint p, String name) {
        ObjectNode root = PresetFormat.write(p, name, JsonMappers.MAPPER);
        return JsonMappers.pretty(root) + System.lineSeparator();
    }

    /** Writes atomically ({@link AtomicFile}): a temporary file in the same folder, then a rename over {@code file}. */
    public static void write(DesignPoint p, String name, Path file) throws IOException {
        AtomicFile.writeString(FIELD, file, toJson(p, name));
    }
}
