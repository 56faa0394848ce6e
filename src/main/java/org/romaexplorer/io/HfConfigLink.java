package org.romaexplorer.io;

import java.nio.file.Path;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.ModelShape;

/** Resolves a preset's {@code hf_config} path and reads the Hugging Face config it names. */
final class HfConfigLink {
    private HfConfigLink() {}

    static ModelShape read(String path, Path dir, String field) {
        Path file = dir == null ? Path.of(path) : dir.resolve(path);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InvalidParameterException(field, "no such file: " + file);
        }
        throw new InvalidParameterException(field, "Hugging Face configs are not supported yet");
    }
}
