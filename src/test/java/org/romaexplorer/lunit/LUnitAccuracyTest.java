package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LUnitAccuracyTest {
    private static final LUnitConfig FOUR_BIT_12 = LUnitConfig.lossless(4, 12, 128);

    @Test
    void statisticsFollowTheirDefinitions() {
        ErrorStats s = new ErrorStats();
        s.add(1.1, 1.0, 2.0);
        s.add(2.0, 2.0, 4.0);
        AccuracyResult r = s.result();
        assertThat(r.snrDb()).isCloseTo(10 * Math.log10(5.0 / 0.01), within(1e-9));
        assertThat(r.maxRelError()).isCloseTo(0.05, within(1e-12));
        assertThat(r.meanRelError()).isCloseTo(0.025, within(1e-12));
        assertThat(r.meanAbsError()).isCloseTo(0.05, within(1e-12));
        assertThat(r.samples()).isEqualTo(2);
    }

    @Test
    void exactResultsHaveInfiniteSnr() {
        ErrorStats s = new ErrorStats();
        s.add(3.0, 3.0, 3.0);
        assertThat(s.result().snrDb()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void sameSeedReproducesTheSameResult() {
        AccuracyResult a = LUnitAccuracy.measure(FOUR_BIT_12, ActivationDistribution.GAUSSIAN, 50, 7);
        AccuracyResult b = LUnitAccuracy.measure(FOUR_BIT_12, ActivationDistribution.GAUSSIAN, 50, 7);
        AccuracyResult c = LUnitAccuracy.measure(FOUR_BIT_12, ActivationDistribution.GAUSSIAN, 50, 8);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void narrowAlignmentLosesAccuracy() {
        AccuracyResult narrow = LUnitAccuracy.measure(LUnitConfig.lossless(2, 8, 128), ActivationDistribution.GAUSSIAN, 200, 1);
        AccuracyResult wide = LUnitAccuracy.measure(LUnitConfig.lossless(2, 16, 128), ActivationDistribution.GAUSSIAN, 200, 1);
        assertThat(narrow.meanAbsError()).isPositive();
        assertThat(wide.snrDb()).isGreaterThan(narrow.snrDb() + 20);
    }

    @Test
    void outlierChannelsCostSnrAtTheSameWidth() {
        AccuracyResult gaussian = LUnitAccuracy.measure(FOUR_BIT_12, ActivationDistribution.GAUSSIAN, 300, 3);
        AccuracyResult outliers = LUnitAccuracy.measure(FOUR_BIT_12, ActivationDistribution.OUTLIERS, 300, 3);
        assertThat(outliers.snrDb()).isLessThan(gaussian.snrDb());
    }

    @Test
    void twelveBitAlignmentOfGaussianGroupsIsAccurateToAFewThousandths() {
        AccuracyResult r = LUnitAccuracy.measure(FOUR_BIT_12, ActivationDistribution.GAUSSIAN, 300, 5);
        assertThat(r.meanRelError()).isLessThan(1e-3);
        assertThat(r.maxRelError()).isLessThan(5e-3);
    }

    @Test
    void outlierDistributionScalesItsOutlierChannels() {
        short[] g = ActivationDistribution.OUTLIERS.sample(new java.util.Random(1), 128);
        assertThat(Math.abs(Fp16.toDouble(g[0])) + Math.abs(Fp16.toDouble(g[43])) + Math.abs(Fp16.toDouble(g[86])))
                .isGreaterThan(10);
        assertThat(ActivationDistribution.fromCliName("outliers")).contains(ActivationDistribution.OUTLIERS);
        assertThat(ActivationDistribution.fromCliName("uniform")).isEmpty();
    }
}
