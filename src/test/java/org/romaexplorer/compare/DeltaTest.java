package org.romaexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.compare.Delta.Verdict;
import org.romaexplorer.compare.Quantity.Better;

class DeltaTest {

    @ParameterizedTest(name = "{0} vs pinned {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # current | pinned | format | text
            576       | 288    | %,.0f  | +288 (+100.0%)
            4320      | 8640   | %,.0f  | −4,320 (−50.0%)
            12.5      | 12.5   | %,.1f  | ±0
            3         | 0      | %,.0f  | +3 (new)
            -1        | -2     | %,.0f  | +1 (+50.0%)
            1.234     | 1.0    | %,.2f  | +0.23 (+23.4%)
            """)
    void readsAsChangeAndPercent(double current, double pinned, String format, String text) {
        assertThat(Delta.of(current, pinned).text(format)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} → {1} where {2} is better: {3}")
    @CsvSource({
        "100, 200, HIGHER, BETTER",
        "100, 200, LOWER, WORSE",
        "200, 100, LOWER, BETTER",
        "200, 100, HIGHER, WORSE",
        "100, 200, NEITHER, SAME",
        "150, 150, HIGHER, SAME"})
    void judgesTheChangeByWhichWayIsBetter(double pinned, double current, Better better, Verdict verdict) {
        assertThat(Delta.of(current, pinned).verdict(better)).isEqualTo(verdict);
    }

    @Test
    void bothZeroIsNoChange() {
        assertThat(Delta.of(0, 0)).isEqualTo(new Delta(0, 0));
    }
}
