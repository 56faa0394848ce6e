package org.romaexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import picocli.CommandLine.Option;

/** The {@code --preset} and {@code --set} options of the commands that draw one design (a picocli mixin). */
final class DesignOptions {
    @Option(names = "--preset", required = true, paramLabel = "NAME|FILE", description = "Bundled preset or a preset file.")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a parameter (as in eval).")
    List<String> settings = new ArrayList<>();

    /** The preset with the settings applied, in order. */
    DesignPoint design() throws IOException {
        return EvalCommand.apply(PresetIo.load(preset), settings);
    }

    /** The preset's name for captions and titles: a bundled name, or the file's name. */
    String name() {
        return Path.of(preset).getFileName().toString();
    }
}
