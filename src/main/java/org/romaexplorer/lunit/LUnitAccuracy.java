package org.romaexplorer.lunit;

import java.util.Random;

/**
 * Accuracy harness: runs the bit-accurate {@link LUnit} on random groups and compares each
 * result with {@link QuantGroup#exactDot}, the dot product of the same FP16 activations with the
 * dequantized weights (w - z) * s in double. Only the L-unit's alignment truncation and register
 * overflow are measured; FP16 rounding of the inputs is shared by both sides.
 *
 * <p>Random groups (seeded {@link java.util.Random}, reproducible): activations from the given
 * {@link ActivationDistribution}; codes w and zero point z uniform over 0..2^bits - 1; scale s
 * uniform in [{@value #MIN_SCALE}, {@value #MAX_SCALE}) rounded to FP16.
 */
public final class LUnitAccuracy {
    public static final double MIN_SCALE = 0.005;
    public static final double MAX_SCALE = 0.05;
    public static final int MAX_SAMPLES = 1_000_000;

    private LUnitAccuracy() {}

    public static AccuracyResult measure(LUnitConfig config, ActivationDistribution distribution,
                                         int samples, long seed) {
        ErrorStats stats = new ErrorStats();
        run(config, distribution, samples, seed, stats::add);
        return stats.result();
    }

    /**
     * The same groups as {@link #measure} with the same arguments (so {@link GroupErrors#summary()} equals its
     * result), plus each group's relative error |res - ref| / sum_k |a_k (w_k - z) s|, in sample order.
     */
    public static GroupErrors measureGroups(LUnitConfig config, ActivationDistribution distribution,
                                            int samples, long seed) {
        ErrorStats stats = new ErrorStats();
        double[] rel = new double[samples > 0 && samples <= MAX_SAMPLES ? samples : 0];
        int[] i = {0};
        run(config, distribution, samples, seed, (res, ref, terms) -> {
            stats.add(res, ref, terms);
            rel[i[0]++] = ErrorStats.relative(Math.abs(res - ref), terms);
        });
        return new GroupErrors(stats.result(), rel);
    }

    private interface Sink {
        void add(double result, double reference, double termMagnitude);
    }

    private static void run(LUnitConfig config, ActivationDistribution distribution, int samples, long seed,
                            Sink sink) {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples: must be in 1.." + MAX_SAMPLES + ", was " + samples);
        }
        Random rng = new Random(seed);
        LUnit unit = new LUnit(config);
        for (int i = 0; i < samples; i++) {
            short[] activations = distribution.sample(rng, config.groupSize());
            QuantGroup group = randomGroup(rng, config);
            sink.add(unit.dot(activations, group).value(), group.exactDot(activations),
                    group.termMagnitude(activations));
        }
    }

    static QuantGroup randomGroup(Random rng, LUnitConfig config) {
        int[] w = new int[config.groupSize()];
        for (int k = 0; k < w.length; k++) {
            w[k] = rng.nextInt(config.maxCode() + 1);
        }
        int z = rng.nextInt(config.maxCode() + 1);
        short s = Fp16.fromDouble(MIN_SCALE + rng.nextDouble() * (MAX_SCALE - MIN_SCALE));
        return new QuantGroup(config.weightBits(), w, z, s);
    }
}
