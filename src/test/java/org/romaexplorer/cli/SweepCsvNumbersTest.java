package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepCsvNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"64, 64", "-0.0, 0", "0.5, 0.5", "1.0E-7, 0.0000001", "1.2345678E9, 1234567800", "2.5E16, 25000000000000000",
            "12345.678, 12345.678", "Infinity, Infinity"})
    void numbersArePlainAndReadBackExactly(double value, String text) {
        assertThat(CsvRows.number(value)).isEqualTo(text);
        assertThat(Double.valueOf(CsvRows.number(value))).isEqualTo(Double.valueOf(value == 0 ? 0.0 : value));
    }

    /** NaN (which the model never outputs) is an empty cell, as in every CSV of the app (io.Csv). */
    @org.junit.jupiter.api.Test
    void notANumberIsAnEmptyCell() {
        assertThat(CsvRows.number(Double.NaN)).isEmpty();
    }
}
