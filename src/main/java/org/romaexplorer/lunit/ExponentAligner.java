package org.romaexplorer.lunit;

import java.util.Objects;

/**
 * The L-unit's shared exponent alignment unit (ROMA paper, Sec. III-B, steps 1 and 2):
 * <pre>
 *   vconv_k = (-1)^sign * {1'b1, mantissa}   normal   (exp_k = exponent field, 1..30)
 *   vconv_k = (-1)^sign * {mantissa, 1'b0}   denormal (exp_k = exponent field = 0)
 *   value_k = vconv_k &gt;&gt; (max_exp - exp_k)
 * </pre>
 * <b>Denormals</b> keep their raw exponent field 0. Taken literally, {mantissa, 1'b0} = 2m, and
 * 2m * 2^(0 - 25) = m * 2^-24 is exactly the IEEE denormal value, so the paper's form is the
 * usual "effective exponent 1" rule with the significand pre-shifted by one; no special case is
 * needed downstream. Zero (both signs) gives vconv = 0.
 *
 * <p><b>Window.</b> The aligned integer has {@code M = alignBits - 1} magnitude bits; the 11-bit
 * significand sits at the top of it, so the effective right shift is
 * {@code (max_exp - exp_k) + (11 - M)} (a left shift when negative: extra low bits are kept).
 * Shifts of 63 or more give 0 (or -1 for negatives under {@code FLOOR}). |value_k| &lt; 2^M never
 * overflows. Truncation is {@link LUnitConfig.Truncation configurable}.
 *
 * <p><b>Inf/NaN</b> (exponent field 31) are excluded from max_exp and contribute value 0 here;
 * {@link LUnit} handles them. Immutable and thread-safe.
 */
public final class ExponentAligner {
    private final LUnitConfig config;

    public ExponentAligner(LUnitConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public AlignedGroup align(short[] activations) {
        int maxExp = maxExponent(activations);
        long[] values = new long[activations.length];
        Accumulator vsum = new Accumulator(config.accBits(), config.overflow());
        for (int k = 0; k < values.length; k++) {
            values[k] = align(activations[k], maxExp);
            vsum.add(values[k]);
        }
        return new AlignedGroup(values, maxExp, vsum.value(), vsum.overflowed());
    }

    /** max_exp over finite activations; 0 when all are zero, denormal or special. */
    static int maxExponent(short[] activations) {
        int max = 0;
        for (short a : activations) {
            if (!Fp16.isSpecial(a)) {
                max = Math.max(max, Fp16.exponentField(a));
            }
        }
        return max;
    }

    /** Signed significand per step 1 of the paper. */
    static long vconv(short a) {
        int m = Fp16.mantissa(a);
        long magnitude = Fp16.exponentField(a) == 0 ? (long) m << 1 : (1L << Fp16.MANTISSA_BITS) | m;
        return Fp16.isNegative(a) ? -magnitude : magnitude;
    }

    long align(short a, int maxExp) {
        if (Fp16.isSpecial(a)) {
            return 0;
        }
        int shift = (maxExp - Fp16.exponentField(a)) + (Fp16.SIGNIFICAND_BITS - config.magnitudeBits());
        return shiftRight(vconv(a), shift);
    }

    private long shiftRight(long v, int shift) {
        if (shift <= 0) {
            return v << -shift;
        }
        boolean floor = config.truncation() == LUnitConfig.Truncation.FLOOR;
        if (shift >= Long.SIZE - 1) {
            return floor && v < 0 ? -1 : 0;
        }
        if (floor || v >= 0) {
            return v >> shift;
        }
        return -((-v) >> shift);
    }
}
