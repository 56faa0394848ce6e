package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void jsonHasTheIssuesFiguresAllPositive() {
        CommandRun r = CommandRun.of(new BenchCommand(), "--json", "--clocks", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.number("eval_ns_per_point")).isPositive();
        assertThat(r.number("sweep_points_per_s")).isPositive();
        assertThat(r.number("sweep_points_per_s_1_thread")).isPositive();
        assertThat(r.number("sweep_points")).isEqualTo(10_000);
    }

    @Test
    void aSizeOutOfRangeIsAUsageError() {
        CommandRun r = CommandRun.of(new BenchCommand(), "--clocks", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: clocks: must be in 1..990");
    }
}
