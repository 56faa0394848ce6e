package org.romaexplorer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.RandomCase;

/**
 * Seeded fuzzing of every file the app reads: 12,000 mutants of the bundled presets and of the Hugging Face
 * fixtures (two in three are presets, a quarter of those linking to a fixture, a mutated config or a bad
 * file), in batches of 500, each under a timeout so that a hang fails instead of stalling the build. Every
 * case must keep the {@link Promise}, and each batch must see both acceptances and rejections. A failure
 * names its seed and recipe; {@code RandomCase.seeds(seed, 1)} replays it.
 */
class InputFuzzTest {
    static final int BATCHES = 24;
    static final int PER_BATCH = 500;
    static final long BASE_SEED = 20_261_128L;

    @TempDir
    static Path dir;
    static FuzzFiles files;
    static Promise promise;

    @BeforeAll
    static void setUp() throws Exception {
        files = FuzzFiles.in(dir);
        promise = new Promise(files.seeds(), dir);
    }

    static IntStream batches() {
        return IntStream.range(0, BATCHES);
    }

    @ParameterizedTest(name = "batch {0}")
    @MethodSource("batches")
    void everyMutantIsAcceptedWithFiniteOutputsOrRejectedInOneLineNamingAField(int batch) {
        List<String> failures = new ArrayList<>();
        int[] accepted = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                RandomCase.seeds(BASE_SEED + (long) batch * PER_BATCH, PER_BATCH).forEach(c -> {
                    Mutant m = files.mutant(c, c.seed() % 3 != 2);
                    Promise.Verdict v = promise.check(m);
                    accepted[0] += v.accepted() ? 1 : 0;
                    if (v.broken() != null) {
                        failures.add(c + " " + m + ": " + v.broken());
                    }
                }));
        assertThat(failures).as("cases of batch %d that broke the promise", batch).isEmpty();
        assertThat(accepted[0]).as("accepted in batch %d", batch).isBetween(PER_BATCH / 20, PER_BATCH - PER_BATCH / 20);
    }
}
