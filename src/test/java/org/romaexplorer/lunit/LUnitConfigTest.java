package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LUnitConfigTest {

    @ParameterizedTest(name = "({0},{1},{2},{3}) is rejected for {4}")
    @CsvSource({
        "3, 12, 24, 128, weightBits",
        "2,  3, 24, 128, alignBits",
        "2, 33, 40, 128, alignBits",
        "2, 16, 15, 128, accBits",
        "4, 16, 63, 128, accBits",
        "2, 12, 24,   0, groupSize",
        "2, 12, 24, 65537, groupSize",
    })
    void rejectsOutOfRangeFieldsNamingTheField(int wb, int align, int acc, int group, String field) {
        assertThatThrownBy(() -> new LUnitConfig(wb, align, acc, group))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + ": ");
    }

    @ParameterizedTest(name = "lossless width for {0}-bit, align {1}, group {2} is {3}")
    @CsvSource({
        "2, 12, 128, 21",
        "4, 16, 128, 27",
        "4,  8,   1, 12",
        "2, 12, 129, 22",
        "4, 32, 65536, 52",
    })
    void losslessAccumulatorWidthIsAlignPlusWeightPlusLogGroup(int wb, int align, int group, int acc) {
        assertThat(LUnitConfig.losslessAccBits(wb, align, group)).isEqualTo(acc);
    }
}
