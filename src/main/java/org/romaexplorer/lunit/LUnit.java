package org.romaexplorer.lunit;

import java.util.Objects;

/**
 * Bit-accurate model of one L-unit group dot product (ROMA paper, Sec. III-B, Eq. 1):
 * <pre>
 *   res = (DotProduct(value, w) - vsum * z) * s * 2^(max_exp - Bias)          (1)
 * </pre>
 * <b>Scale.</b> Eq. 1 reads value as a fixed-point number with the binary point after the
 * hidden bit (1.10 for an 11-bit significand). With integers it must carry the fraction bits:
 * a_k = vconv_k * 2^(exp_k - Bias - 10) and value_k ~ vconv_k * 2^(M - 11) * 2^(exp_k - max_exp)
 * with {@code M = alignBits - 1}, so
 * <pre>
 *   res = (Dot(value, w) - vsum * z) * s * 2^(max_exp - Bias - (M - 1))
 * </pre>
 * which is 2^(max_exp - Bias - 10) for the paper's natural 12-bit (11 + sign) width.
 *
 * <p><b>Registers.</b> vsum, Dot and the corrected Dot - vsum*z are each held in an accBits-wide
 * register with the configured {@link LUnitConfig.Overflow} policy; the final multiply by s and
 * the power of two are done in double (the output format is not specified by the paper).
 *
 * <p><b>Inf/NaN activations</b> cannot enter the integer datapath. They are flagged
 * ({@link LUnitResult#specialInput()}) and the result propagates them as IEEE arithmetic would:
 * {@code res = sum over special k of a_k * (w_k - z) * s}, so NaN stays NaN, Inf * 0 and
 * +Inf + -Inf give NaN, otherwise +/-Inf. Immutable and thread-safe.
 */
public final class LUnit {
    private final LUnitConfig config;
    private final ExponentAligner aligner;

    public LUnit(LUnitConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.aligner = new ExponentAligner(config);
    }

    public LUnitConfig config() {
        return config;
    }

    public LUnitResult dot(short[] activations, QuantGroup group) {
        checkShapes(activations, group);
        AlignedGroup aligned = aligner.align(activations);
        Accumulator dot = new Accumulator(config.accBits(), config.overflow());
        for (int k = 0; k < aligned.size(); k++) {
            dot.add(aligned.value(k) * group.weight(k));
        }
        long corrected = dot.fit(dot.value() - aligned.vsum() * group.zeroPoint());
        boolean overflowed = dot.overflowed() || aligned.vsumOverflowed();
        if (hasSpecial(activations)) {
            return new LUnitResult(specialValue(activations, group), dot.value(), aligned.vsum(),
                    aligned.maxExp(), overflowed, true);
        }
        double res = Math.scalb(corrected * group.scale(), scaleExponent(aligned.maxExp()));
        return new LUnitResult(res, dot.value(), aligned.vsum(), aligned.maxExp(), overflowed, false);
    }

    /** Power of two applied to the integer result: max_exp - Bias - (alignBits - 2). */
    public int scaleExponent(int maxExp) {
        return maxExp - Fp16.BIAS - (config.magnitudeBits() - 1);
    }

    private static boolean hasSpecial(short[] activations) {
        for (short a : activations) {
            if (Fp16.isSpecial(a)) {
                return true;
            }
        }
        return false;
    }

    private static double specialValue(short[] activations, QuantGroup group) {
        double sum = 0;
        for (int k = 0; k < activations.length; k++) {
            if (Fp16.isSpecial(activations[k])) {
                sum += Fp16.toDouble(activations[k]) * group.dequantized(k);
            }
        }
        return sum;
    }

    private void checkShapes(short[] activations, QuantGroup group) {
        Objects.requireNonNull(activations, "activations");
        Objects.requireNonNull(group, "group");
        if (activations.length != config.groupSize() || group.size() != config.groupSize()) {
            throw new IllegalArgumentException("groupSize: activations (" + activations.length
                    + ") and weights (" + group.size() + ") must both be " + config.groupSize());
        }
        if (group.weightBits() != config.weightBits()) {
            throw new IllegalArgumentException("weightBits: group has " + group.weightBits()
                    + ", L-unit expects " + config.weightBits());
        }
    }
}
