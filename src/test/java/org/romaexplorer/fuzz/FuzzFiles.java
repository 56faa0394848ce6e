package org.romaexplorer.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import org.romaexplorer.RandomCase;

/**
 * What a fuzz run draws on: the seed documents of the project and the bad files made in a test's folder.
 *
 * @param seeds the bundled presets and Hugging Face fixtures
 * @param bad   the bad link targets
 */
public record FuzzFiles(Seeds seeds, BadFiles bad) {

    /** Seeds from the working directory (the project root under Maven), bad files in {@code dir}. */
    public static FuzzFiles in(Path dir) throws IOException, InterruptedException {
        return new FuzzFiles(new Seeds(Path.of("")), new BadFiles(dir));
    }

    /** A mutant of a preset (some linking to a config) or of a Hugging Face config. */
    public Mutant mutant(RandomCase c, boolean preset) {
        return preset ? Mutator.preset(c, seeds, bad.targets()) : Mutator.hfConfig(c, seeds);
    }
}
