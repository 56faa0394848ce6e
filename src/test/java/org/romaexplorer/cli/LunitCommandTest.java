package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LunitCommandTest {

    @Test
    void jsonModePrintsOneObjectWithTheAccuracyFields() {
        CommandRun run = CommandRun.of(new LunitCommand(),
                "--bits", "4", "--align-bits", "12", "--samples", "50", "--seed", "3", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(run.number("snr_db")).isBetween(40.0, 90.0);
        assertThat(run.number("max_rel_error")).isGreaterThanOrEqualTo(run.number("mean_rel_error")).isPositive();
        assertThat(run.number("acc_bits")).isEqualTo(12 + 4 + 7);
    }

    @Test
    void sameSeedGivesTheSameJson() {
        String[] args = {"--bits", "2", "--align-bits", "10", "--samples", "20", "--distribution", "outliers", "--json"};
        assertThat(CommandRun.of(new LunitCommand(), args).out()).isEqualTo(CommandRun.of(new LunitCommand(), args).out());
    }

    @Test
    void withoutJsonPrintsATable() {
        CommandRun run = CommandRun.of(new LunitCommand(), "--bits", "2", "--align-bits", "16", "--samples", "10");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("snr_db").contains("max_rel_error").contains("mean_rel_error").doesNotContain("{");
    }

    @ParameterizedTest(name = "{0} -> error on {1}")
    @CsvSource(delimiter = '|', value = {
        "--bits 3 --align-bits 12 --samples 10              | bits",
        "--align-bits 12 --samples 10                       | bits",
        "--bits 2 --align-bits 40 --samples 10              | align-bits",
        "--bits 2 --align-bits 16 --acc-bits 8 --samples 10 | acc-bits",
        "--bits 2 --align-bits 16 --samples 0               | samples",
        "--bits 2 --align-bits 16 --samples 5 --distribution uniform | distribution",
    })
    void badInputPrintsOneErrorLineAndExitsWithTwo(String args, String field) {
        CommandRun run = CommandRun.of(new LunitCommand(), args.trim().split("\\s+"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("error: " + field + ": ").doesNotContain("\n").doesNotContain("Exception");
    }
}
