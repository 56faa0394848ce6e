package org.romaexplorer.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;

/**
 * The design left unsaved at exit, kept as a preset file in the user's config folder
 * ({@code $XDG_CONFIG_HOME/roma-explorer/last-design.json}, else {@code ~/.config/...}), written atomically
 * by {@link PresetIo#write}. The next start loads the last preset, then this design on top of it.
 */
public final class LastDesign {
    private final Path file;

    public LastDesign(Path file) {
        this.file = file;
    }

    public static LastDesign user() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path dir = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new LastDesign(dir.resolve("roma-explorer").resolve("last-design.json"));
    }

    /** Keeps {@code p} for the next start; a failure only loses that convenience. */
    public void keep(DesignPoint p, String name) {
        try {
            Files.createDirectories(file.getParent());
            PresetIo.write(p, name, file);
        } catch (IOException | RuntimeException e) {
            System.getLogger("roma").log(System.Logger.Level.WARNING, "cannot keep the last design: " + e);
        }
    }

    /** Nothing to restore next time (the design was saved or discarded). */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger("roma").log(System.Logger.Level.WARNING, "cannot remove " + file + ": " + e);
        }
    }

    /** The kept design, if there is a readable one. */
    public Optional<DesignPoint> read() {
        try {
            return Files.isRegularFile(file) ? Optional.of(PresetIo.read(file)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Path file() { return file; }
}
