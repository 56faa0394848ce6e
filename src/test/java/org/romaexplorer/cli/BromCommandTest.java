package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BromCommandTest {

    @Test
    void jsonReportsCountsRatioAndExactReadBack() {
        CommandRun run = CommandRun.of(new BromCommand(), "--depth", "8", "--width", "16", "--seed", "5", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.number("standard_transistors")).isEqualTo(128);
        assertThat(run.number("brom_transistors")).isEqualTo(96);
        assertThat(run.number("num_cgen")).isEqualTo(32);
        assertThat(run.number("ratio")).isEqualTo(0.75);
        assertThat(run.out()).contains("\"readback_exact\":true");
    }

    @Test
    void theAreaModelsWidthReadsBackAndCountsByTheFormulas() {
        CommandRun run = CommandRun.of(new BromCommand(), "--depth", "4096", "--width", "256", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.number("standard_transistors")).isEqualTo(4096 * 256);
        assertThat(run.number("brom_transistors")).isEqualTo(4096 / 4 * (256 + 32));
        assertThat(run.number("ratio")).isEqualTo(0.28125);
        assertThat(run.out()).contains("\"readback_exact\":true");
    }

    @Test
    void tableModeHandlesDepthsThatAreNotMultiplesOfFour() {
        CommandRun run = CommandRun.of(new BromCommand(), "--depth", "1001", "--width", "64");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("readback_exact\\s+true").containsPattern("blocks\\s+251");
    }

    @ParameterizedTest(name = "{0} -> error on {1}")
    @CsvSource(delimiter = '|', value = {
        "--depth -4 --width 8     | depth",
        "--depth 0 --width 8      | depth",
        "--depth 20000 --width 8  | depth",
        "--width 8                | depth",
        "--depth 8 --width 4097   | width",
        "--depth 8 --width 0      | width",
    })
    void badInputPrintsOneErrorLineAndExitsWithTwo(String args, String field) {
        CommandRun run = CommandRun.of(new BromCommand(), args.trim().split("\\s+"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: " + field + ": ").doesNotContain("\n");
    }
}
