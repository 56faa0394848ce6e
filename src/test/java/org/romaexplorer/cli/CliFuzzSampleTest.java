package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;
import org.romaexplorer.fuzz.FuzzFiles;
import org.romaexplorer.fuzz.Mutant;

/**
 * A sample of the fuzz test's mutants through the real command line ({@code eval}, {@code model}): exit 0
 * with finite, non-negative JSON numbers, or exit 2 with exactly one line on stderr; nothing else.
 */
class CliFuzzSampleTest {
    @TempDir
    static Path dir;
    static FuzzFiles files;

    @BeforeAll
    static void setUp() throws Exception {
        files = FuzzFiles.in(dir);
    }

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(31_000, 48);
    }

    @PropertyTest
    void aMutantExitsZeroWithFiniteNumbersOrTwoWithOneLine(RandomCase c) throws Exception {
        boolean preset = c.bool();
        Mutant m = files.mutant(c, preset);
        if (m.linked() != null) {
            Files.write(dir.resolve("linked.json"), m.linked());
        }
        Path file = Files.write(dir.resolve(preset ? "mutant.json" : "config.json"), m.bytes());
        String[] args = preset ? new String[] {"eval", "--preset", file.toString(), "--json"}
                : new String[] {"model", "--hf-config", file.toString(), "--json"};
        assertKeepsThePromise(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run(args)), m.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "model --hf-config /dev/zero",
        "model --hf-config /dev/null",
        "model --hf-config src/test/resources",
        "eval --preset /dev/zero",
        "eval --preset src",
        "eval --preset llama3.2-3b-int4 --set rom_gib=0",
        "eval --preset llama3.2-3b-int4 --set rom_gib=1e-320",
        "eval --preset llama3.2-3b-int4 --set rom_gib=-0.0",
        "eval --preset llama3.2-3b-int4 --set sram_mb=1e309",
        "eval --preset llama3.2-3b-int4 --set rom_gib=0.001 --json",
        "eval --preset llama3-8b-int2 --set matrix_rows=1 --set columns=1 --set clock_mhz=1 --json"})
    void namedInputsKeepThePromise(String args) throws Exception {
        assertKeepsThePromise(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run(args.split(" "))), args);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pipe.json, model --hf-config", "pipe.json, eval --preset"})
    void aNamedPipeIsRefusedWithoutWaiting(String name, String command) {
        Path fifo = dir.resolve(name);
        String[] args = (command + " " + fifo).split(" ");
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> CliTest.run(args));
        assertThat(r.err()).isEqualTo("error: " + (command.startsWith("model") ? "config.json" : "preset")
                + ": not a regular file (a device, pipe or socket): " + fifo + System.lineSeparator());
    }

    static void assertKeepsThePromise(CliTest.Run r, String what) throws Exception {
        if (r.code() == 0) {
            assertThat(r.out()).as(what).doesNotContain("NaN", "Infinity");
            assertFiniteNonNegative(new ObjectMapper().readTree(r.out()), what);
            return;
        }
        assertThat(r.code()).as(what + ": " + r.err()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).as(what).startsWith("error: ").endsWith(System.lineSeparator())
                .doesNotContain("Exception", "\tat ");
        assertThat(r.err().strip().lines()).as(what).hasSize(1);
    }

    private static void assertFiniteNonNegative(JsonNode json, String what) {
        json.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                assertThat(e.getValue().doubleValue()).as(what + " " + e.getKey()).isFinite().isNotNegative();
            }
        });
    }
}
