package org.romaexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.compare.Delta.Verdict;
import org.romaexplorer.model.Metric.Better;

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

    @ParameterizedTest(name = "{0}: {1} → {2} reads {3}")
    @CsvSource({
        "context_fits, 0, 1, now yes",
        "fits_in_rom, 1, 0, now no",
        "context_fits, 1, 1, same",
        "fits_in_rom, 0, 0, same",
        "area_mm2, 500, 600, +100.0 (+20.0%)",
        "sram_mb, 288, 576, +288 (+100.0%)"})
    void eachQuantityReadsItsChangeInItsOwnTerms(String key, double pinned, double current, String text) {
        assertThat(Quantity.of(key).text(Delta.of(current, pinned))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"context_fits, 1, yes", "fits_in_rom, 0, no", "max_tokens, 4320, '4,320'", "ttft_ms, 5.3456, 5.35"})
    void eachQuantityReadsItsValueInItsOwnTerms(String key, double v, String text) {
        assertThat(Quantity.of(key).text(v)).isEqualTo(text);
    }

    @Test
    void bothZeroIsNoChange() {
        assertThat(Delta.of(0, 0)).isEqualTo(new Delta(0, 0));
    }
}
