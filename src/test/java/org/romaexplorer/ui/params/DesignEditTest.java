package org.romaexplorer.ui.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Metrics;

/** A design whose outputs would not all be finite numbers is refused, naming the first such output. */
class DesignEditTest {

    private static Metrics metrics(double ttft, double decode, double power) {
        return new Metrics(1, 1, true, 1, 1, 1, true, ttft, decode, 1, 1, power, 1);
    }

    @ParameterizedTest(name = "ttft={0} decode={1} power={2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "0.005    | 31800    | 33.1 | ''",
        "Infinity | 31800    | 33.1 | it would make ttft ms Infinity",
        "0.005    | NaN      | 33.1 | it would make decode tokens per s NaN",
        "0.005    | 31800    | -Infinity | it would make power w -Infinity",
    })
    void refusesNonFiniteOutputs(double ttft, double decode, double power, String reason) {
        assertThat(DesignEdit.notFinite(metrics(ttft, decode, power)).orElse("")).isEqualTo(reason);
    }
}
