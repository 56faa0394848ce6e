package org.romaexplorer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.RandomCase;
import org.romaexplorer.io.BaselineIo;
import org.romaexplorer.model.Baseline;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Models;

/**
 * Seeded fuzzing of the baseline presets ({@code presets/baselines/*.json}): 2,000 mutants by the preset fuzzer's
 * edits, in batches of 500, each under a timeout. An accepted one gives finite, non-negative rooflines on ROMA's two
 * designs; a rejected one is an {@link InvalidParameterException} of one visible line naming a field of the file;
 * nothing else is thrown. A failure names its seed and recipe.
 */
class BaselineFuzzTest {
    static final int BATCHES = 4;
    static final int PER_BATCH = 500;
    static final long BASE_SEED = 20_261_203L;
    private static final List<DesignPoint> DESIGNS = List.of(Models.llama3b(), Models.llama8b());

    @TempDir
    static Path dir;
    static List<ObjectNode> seeds;
    static final Set<String> KEYS = new HashSet<>(Set.of("baseline"));

    @BeforeAll
    static void setUp() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("presets/baselines"))) {
            seeds = new ArrayList<>();
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ObjectNode n = (ObjectNode) Seeds.JSON.readTree(Files.readString(f));
                n.fieldNames().forEachRemaining(KEYS::add);
                seeds.add(n);
            }
        }
        assertThat(seeds).hasSameSizeAs(BaselineIo.BUNDLED);
    }

    static IntStream batches() {
        return IntStream.range(0, BATCHES);
    }

    @ParameterizedTest(name = "batch {0}")
    @MethodSource("batches")
    void everyMutantIsAcceptedWithFiniteRooflinesOrRejectedInOneLineNamingAField(int batch) {
        List<String> failures = new ArrayList<>();
        int[] accepted = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                RandomCase.seeds(BASE_SEED + (long) batch * PER_BATCH, PER_BATCH).forEach(c -> {
                    Mutant m = Mutator.of(c, seeds.get(c.between(0, seeds.size() - 1)).deepCopy(), Mutant.Kind.BASELINE);
                    String broken;
                    try {
                        Baseline b = m.viaFile() ? BaselineIo.read(Files.write(dir.resolve("b.json"), m.bytes()))
                                : BaselineIo.parse(m.text());
                        accepted[0]++;
                        broken = finite(b);
                    } catch (InvalidParameterException e) {
                        broken = oneLineNamingAField(e, m);
                    } catch (Throwable t) {
                        broken = "threw " + t;
                    }
                    if (broken != null) {
                        failures.add(c + " " + m + ": " + broken);
                    }
                }));
        assertThat(failures).as("cases of batch %d that broke the promise", batch).isEmpty();
        assertThat(accepted[0]).as("accepted in batch %d", batch).isBetween(PER_BATCH / 20, PER_BATCH - PER_BATCH / 20);
    }

    private static String finite(Baseline b) {
        for (DesignPoint p : DESIGNS) {
            double[] out = {b.prefillTokensPerS(p, 256), b.decodeTokensPerS(p, 256, 4096), b.tokensPerJoule(p, 256, 4096),
                b.maxTokens(p)};
            for (double v : out) {
                if (!(v >= 0 && Double.isFinite(v))) {
                    return "accepted with an output of " + v;
                }
            }
        }
        return null;
    }

    private static String oneLineNamingAField(InvalidParameterException e, Mutant m) {
        String msg = e.getMessage();
        if (msg == null || msg.contains("\n") || msg.contains("\r") || msg.length() > 402) {
            return "message not one line: " + msg;
        }
        if (e.field().isBlank() || !msg.startsWith(e.field() + ": ")) {
            return "message does not start with a field: " + msg;
        }
        String f = e.field().replace("…", "");
        String key = f.length() > 1 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f;
        String escaped = org.romaexplorer.model.OneLine.of(m.text(), Integer.MAX_VALUE - 2); // as messages show keys
        return KEYS.contains(key) || m.text().contains(key) || escaped.contains(key) ? null
                : "field names nothing in the file: " + msg;
    }
}
