package org.romaexplorer.io;

import java.nio.file.Path;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.ModelShape;

/**
 * Resolves a preset's {@code hf_config} path (relative to the preset's folder) and reads that config. A file
 * that cannot be read is named by the preset's field ({@code hf_config: no such file: …}); a problem inside
 * the config by the field and the file ({@code hf_config (gemma.json): hidden_size: …}).
 */
final class HfConfigLink {
    private HfConfigLink() {}

    static ModelShape read(String path, Path dir, String field) {
        Path file = InputFile.path(path, dir, field);
        String text = InputFile.read(file, field);
        try {
            return HfConfig.parse(text, HfConfig.defaultName(file));
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(field + " (" + file.getFileName() + ")", e.getMessage());
        }
    }
}
