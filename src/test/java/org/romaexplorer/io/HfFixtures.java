package org.romaexplorer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.romaexplorer.model.ModelShape;

/** Access to the config.json fixtures under src/test/resources/hf (provenance in their README.md). */
final class HfFixtures {
    private HfFixtures() {}

    static Path path(String dir) {
        try {
            return Path.of(HfFixtures.class.getResource("/hf/" + dir + "/config.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ModelShape read(String dir) {
        return HfConfig.read(path(dir));
    }

    static String text(String dir) {
        try {
            return Files.readString(path(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
