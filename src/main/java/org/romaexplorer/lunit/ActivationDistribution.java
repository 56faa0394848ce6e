package org.romaexplorer.lunit;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** Synthetic activation groups for the accuracy harness, rounded to FP16 (ties to even). */
public enum ActivationDistribution {
    /** i.i.d. standard normal N(0, 1). */
    GAUSSIAN,
    /**
     * N(0, 1) with LLM-style outlier channels: every {@value #OUTLIER_PERIOD}th channel
     * (0, 43, 86 in a 128-group, about 2.3 %) is scaled by a factor drawn uniformly from
     * {@value #MIN_OUTLIER_SCALE}..{@value #MAX_OUTLIER_SCALE} per group. Outliers of this size
     * in a few fixed channels are reported by Dettmers et al., LLM.int8() (2022).
     */
    OUTLIERS;

    public static final int OUTLIER_PERIOD = 43;
    public static final double MIN_OUTLIER_SCALE = 20;
    public static final double MAX_OUTLIER_SCALE = 100;

    /** Draws one group of {@code n} FP16 activations. */
    public short[] sample(Random rng, int n) {
        short[] out = new short[n];
        for (int k = 0; k < n; k++) {
            out[k] = Fp16.fromDouble(rng.nextGaussian() * channelScale(rng, k));
        }
        return out;
    }

    private double channelScale(Random rng, int channel) {
        if (this == GAUSSIAN || channel % OUTLIER_PERIOD != 0) {
            return 1.0;
        }
        return MIN_OUTLIER_SCALE + rng.nextDouble() * (MAX_OUTLIER_SCALE - MIN_OUTLIER_SCALE);
    }

    /** Lower-case name used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActivationDistribution> fromCliName(String name) {
        for (ActivationDistribution d : values()) {
            if (d.cliName().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
