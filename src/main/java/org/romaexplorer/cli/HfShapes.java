package org.romaexplorer.cli;

import java.nio.file.Path;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.ModelShape;

/** Reads a model shape from a Hugging Face config file. */
final class HfShapes {
    private HfShapes() {}

    static ModelShape read(Path file) {
        throw new InvalidParameterException("--hf-config", "not supported yet: " + file);
    }
}
