package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GroupErrorsTest {

    @ParameterizedTest
    @CsvSource({"2, 8, GAUSSIAN, 300, 1", "4, 12, OUTLIERS, 200, 42", "4, 24, GAUSSIAN, 50, 7"})
    void perGroupErrorsAgreeWithTheSummaryOfTheSameGroups(int bits, int align, ActivationDistribution d,
                                                           int samples, long seed) {
        LUnitConfig c = LUnitConfig.lossless(bits, align, 128);
        GroupErrors g = LUnitAccuracy.measureGroups(c, d, samples, seed);
        assertThat(g.summary()).isEqualTo(LUnitAccuracy.measure(c, d, samples, seed));
        double[] rel = g.relErrors();
        assertThat(rel).hasSize(samples);
        assertThat(Arrays.stream(rel).max().orElseThrow()).isEqualTo(g.summary().maxRelError());
        assertThat(Arrays.stream(rel).sum() / samples).isCloseTo(g.summary().meanRelError(), within(1e-15));
        assertThat(Arrays.stream(rel).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aNarrowSaturatingAccumulatorShowsUpInThePerGroupErrors() {
        LUnitConfig narrow = new LUnitConfig(4, 12, 14, 128);
        GroupErrors g = LUnitAccuracy.measureGroups(narrow, ActivationDistribution.GAUSSIAN, 100, 3);
        assertThat(g.summary()).isEqualTo(LUnitAccuracy.measure(narrow, ActivationDistribution.GAUSSIAN, 100, 3));
        assertThat(g.summary().maxRelError()).isGreaterThan(0.01);
    }

    @Test
    void rejectsTheSameSampleCountsAsMeasure() {
        LUnitConfig c = LUnitConfig.lossless(2, 12, 128);
        assertThatThrownBy(() -> LUnitAccuracy.measureGroups(c, ActivationDistribution.GAUSSIAN, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
    }

    @Test
    void errorsArrayMustMatchTheSampleCount() {
        AccuracyResult r = new AccuracyResult(10, 0.1, 0.01, 0.01, 3);
        assertThatThrownBy(() -> new GroupErrors(r, new double[2])).isInstanceOf(IllegalArgumentException.class);
    }
}
