package org.romaexplorer.ui.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed numbers: what is accepted, what each rejection says, and how values read. */
class NumberTextTest {

    @ParameterizedTest(name = "\"{0}\" (whole={1}, {2}…{3}) → {4} / {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "256      | true  | 0 | 1024 | 256.0 | null",
        "1,024    | true  | 0 | 1024 | 1024.0 | null",
        "' 64 '   | true  | 0 | 1024 | 64.0  | null",
        "1e3      | true  | 0 | 1024 | 1000.0 | null",
        "1e9      | true  | 0 | 1024 | NaN   | 1e9 is too large: at most 1024",
        "-5       | true  | 0 | 1024 | NaN   | -5 is too small: at least 0",
        "''       | true  | 0 | 1024 | NaN   | enter a value",
        "abc      | true  | 0 | 1024 | NaN   | “abc” is not a number",
        "12.5     | true  | 0 | 1024 | NaN   | 12.5 is not a whole number",
        "12.5     | false | 0 | 1024 | 12.5  | null",
        "1e999    | false | 0 | 1024 | NaN   | 1e999 is too large: at most 1024",
        "-0.25    | false | -1 | 1   | -0.25 | null",
    })
    void parsesOrSaysWhyNot(String text, boolean whole, double min, double max, double value, String problem) {
        NumberText.Parsed p = NumberText.parse(text, whole, min, max);
        assertThat(p.problem()).isEqualTo(problem);
        if (problem == null) {
            assertThat(p.value()).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "256.0, 256", "0.0, 0", "-1.0, -1", "1.86, 1.86", "1.8600000003352761, 1.86", "149.53, 149.53",
        "0.3333333333333333, 0.3333", "0.22621, 0.22621", "5221.3, 5221.3", "0.027, 0.027", "1e-7, 0.0000001",
    })
    void formatsWithTheDigitsAValueNeeds(double v, String text) {
        assertThat(NumberText.format(v)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} ÷ {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "must be in [0.0, 1024.0], got -5.0           | 1          | must be between 0 and 1024, got -5",
        "must be in [0, 35184372088832], got -1073741824 | 1073741824 | must be between 0 and 32768, got -1",
        "must be one of [2, 3, 4, 8], got 5           | 1          | must be one of [2, 3, 4, 8], got 5",
    })
    void putsTheModelsRangeMessagesInPlainWords(String problem, double scale, String plain) {
        assertThat(NumberText.plainWords(problem, scale)).isEqualTo(plain);
    }
}
