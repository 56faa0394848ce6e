package org.romaexplorer.io;

import java.nio.file.Path;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.ModelShape;

/** Resolves a preset's {@code hf_config} path (relative to the preset's folder) and reads that config. */
final class HfConfigLink {
    private HfConfigLink() {}

    static ModelShape read(String path, Path dir, String field) {
        Path file = dir == null ? Path.of(path) : dir.resolve(path);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InvalidParameterException(field, "no such file: " + file);
        }
        try {
            return HfConfig.read(file);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(field + " (" + file.getFileName() + ")", e.getMessage());
        }
    }
}
