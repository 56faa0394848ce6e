package org.romaexplorer.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.report.ReportRow.Kind;
import org.romaexplorer.report.ReportRow.Role;

class ReportTextTest {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            UPPER_BOUND | 190     | < 190
            LOWER_BOUND | 10000   | > 10,000
            VALUE       | 4320    | 4,320
            VALUE       | 5.35012 | 5.3501
            UPPER_BOUND | 7       | < 7
            VALUE       | 0.25    | 0.25
            VALUE       | 123456789 | 123,460,000
            """)
    void boundsReadAsThePaperWordsThem(Kind kind, double v, String text) {
        assertThat(ReportText.published(kind, v)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"VALUE, value", "UPPER_BOUND, upper bound", "LOWER_BOUND, lower bound"})
    void kindsReadInWords(Kind kind, String text) {
        assertThat(ReportText.kind(kind)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"CALIBRATION, calibration", "VALIDATION, validation", "CLAIM, claim"})
    void rolesReadInWords(Role role, String text) {
        assertThat(ReportText.role(role)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"true, ✓ yes", "false, ✗ no"})
    void holdsReadsAsYesOrNo(boolean holds, String text) {
        assertThat(ReportText.holds(holds)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"-0.0, 0.0", "-0.04, 0.0", "0.04, 0.0", "-12.345, -12.3", "7.25, +7.3", "NaN, —", "0, 0.0"})
    void errorsHaveASignButNoNegativeZero(double pct, String text) {
        assertThat(ReportText.error(pct)).isEqualTo(text);
    }

    @Test
    void errorsSortBySizeWhateverTheSignUndefinedSmallest() {
        List<Double> errors = new ArrayList<>(List.of(3.0, -40.0, Double.NaN, 12.0, -0.5));
        errors.sort(ReportText::bySize);
        assertThat(errors).containsExactly(Double.NaN, -0.5, 3.0, 12.0, -40.0);
    }
}
