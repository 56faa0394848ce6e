package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class AlignmentErrorProperties {
    /** Cancellation between per-element truncation errors may make one step a little worse. */
    private static final double SLACK = 1.05;

    @Property(tries = 40)
    void meanAbsErrorDoesNotGrowWithAlignBits(@ForAll @IntRange(min = 4, max = 31) int alignBits,
                                              @ForAll boolean fourBit,
                                              @ForAll ActivationDistribution distribution,
                                              @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        int bits = fourBit ? 4 : 2;
        double narrow = meanAbsError(bits, alignBits, distribution, seed);
        double wide = meanAbsError(bits, alignBits + 1, distribution, seed);
        assertThat(wide).isLessThanOrEqualTo(narrow * SLACK);
    }

    private static double meanAbsError(int bits, int alignBits, ActivationDistribution d, long seed) {
        return LUnitAccuracy.measure(LUnitConfig.lossless(bits, alignBits, 128), d, 64, seed).meanAbsError();
    }
}
