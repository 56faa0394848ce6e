package org.romaexplorer.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The valid documents mutants start from: the bundled presets ({@code presets/*.json}) and the Hugging Face
 * fixtures ({@code src/test/resources/hf/}), plus every key they hold, which a rejection may name.
 */
public final class Seeds {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Names a message may give for a document as a whole or for a preset's link. */
    private static final Set<String> DOCUMENT_FIELDS = Set.of("preset", "config.json", "hf_config");

    final List<Path> presetFiles;
    final List<Path> hfFiles;
    private final List<ObjectNode> presets;
    private final List<ObjectNode> hf;
    private final Set<String> keys = new HashSet<>(DOCUMENT_FIELDS);

    public Seeds(Path projectRoot) {
        presetFiles = list(projectRoot.resolve("presets"), 1);
        hfFiles = list(projectRoot.resolve("src/test/resources/hf"), 2).stream()
                .filter(p -> p.getFileName().toString().equals("config.json")).toList();
        presets = presetFiles.stream().map(this::tree).toList();
        hf = hfFiles.stream().map(this::tree).toList();
        if (presets.isEmpty() || hf.isEmpty()) {
            throw new IllegalStateException("no seeds under " + projectRoot.toAbsolutePath());
        }
    }

    /** A fresh copy of one bundled preset. */
    ObjectNode preset(int i) { return presets.get(Math.floorMod(i, presets.size())).deepCopy(); }

    /** A fresh copy of one Hugging Face config. */
    ObjectNode hf(int i) { return hf.get(Math.floorMod(i, hf.size())).deepCopy(); }

    int hfCount() { return hf.size(); }

    /** Whether {@code name} is a key of some seed document, or names a document. */
    boolean isKnownField(String name) { return keys.contains(name); }

    private ObjectNode tree(Path file) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(Files.readString(file));
            collectKeys(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectKeys(JsonNode node) {
        node.fieldNames().forEachRemaining(keys::add);
        node.elements().forEachRemaining(this::collectKeys);
    }

    private static List<Path> list(Path dir, int depth) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
