package org.romaexplorer.lunit;

import java.util.Objects;

/**
 * Parameters of one bit-accurate L-unit (ROMA paper, Sec. III-B, Fig. 3, Eq. 1).
 *
 * @param weightBits unsigned quantized weight width: 2 or 4 (paper: UInt2 for the 8B model,
 *     4-bit for the 3B model); the zero point z has the same width
 * @param alignBits two's-complement width of one aligned activation {@code value_k}, sign
 *     included, {@value #MIN_ALIGN_BITS}..{@value #MAX_ALIGN_BITS}. The magnitude window has
 *     {@code alignBits - 1} bits; 12 holds the 11-bit FP16 significand exactly before shifting
 * @param accBits two's-complement width of the vsum, dot-product and correction registers,
 *     {@code alignBits}..{@value #MAX_ACC_BITS}; {@link #losslessAccBits} never overflows
 * @param groupSize activations and weights per quantization group (paper: 128)
 * @param truncation how bits shifted out during alignment are dropped
 * @param overflow what a register does when a sum leaves its {@code accBits} range
 */
public record LUnitConfig(int weightBits, int alignBits, int accBits, int groupSize,
                          Truncation truncation, Overflow overflow) {

    public static final int MIN_ALIGN_BITS = 4;
    public static final int MAX_ALIGN_BITS = 32;
    public static final int MAX_ACC_BITS = 62;
    public static final int MAX_GROUP_SIZE = 1 << 16;
    /** Group size of the paper (Sec. III-B: "grouped into sets of 128 elements"). */
    public static final int PAPER_GROUP_SIZE = 128;

    /** Rounding of the alignment right shift {@code vconv >> (max_exp - exp)} for negatives. */
    public enum Truncation {
        /** Shift the magnitude, then apply the sign (sign-magnitude datapath; default). */
        TOWARD_ZERO,
        /** Arithmetic shift of the two's-complement value (rounds toward minus infinity). */
        FLOOR
    }

    /** Behaviour of an {@code accBits}-wide register on overflow. */
    public enum Overflow {
        /** Clamp to the most positive / negative representable value (default). */
        SATURATE,
        /** Keep the low {@code accBits} bits (plain two's-complement adder). */
        WRAP
    }

    public LUnitConfig {
        Objects.requireNonNull(truncation, "truncation");
        Objects.requireNonNull(overflow, "overflow");
        require(weightBits == 2 || weightBits == 4, "weightBits", weightBits, "must be 2 or 4");
        require(alignBits >= MIN_ALIGN_BITS && alignBits <= MAX_ALIGN_BITS, "alignBits", alignBits,
                "must be in " + MIN_ALIGN_BITS + ".." + MAX_ALIGN_BITS);
        require(accBits >= alignBits && accBits <= MAX_ACC_BITS, "accBits", accBits,
                "must be in alignBits(" + alignBits + ").." + MAX_ACC_BITS);
        require(groupSize >= 1 && groupSize <= MAX_GROUP_SIZE, "groupSize", groupSize,
                "must be in 1.." + MAX_GROUP_SIZE);
    }

    /** Defaults: truncation toward zero, saturating registers. */
    public LUnitConfig(int weightBits, int alignBits, int accBits, int groupSize) {
        this(weightBits, alignBits, accBits, groupSize, Truncation.TOWARD_ZERO, Overflow.SATURATE);
    }

    /** A configuration whose registers are {@link #losslessAccBits wide enough} never to overflow. */
    public static LUnitConfig lossless(int weightBits, int alignBits, int groupSize) {
        return new LUnitConfig(weightBits, alignBits,
                losslessAccBits(weightBits, alignBits, groupSize), groupSize);
    }

    /**
     * Register width that cannot overflow: {@code alignBits + weightBits + ceil(log2(groupSize))}.
     * |value| &le; 2^(alignBits-1), |w - z| &lt; 2^weightBits, so |sum of groupSize terms| &lt;
     * 2^(alignBits - 1 + weightBits + ceil(log2 groupSize)); one more bit holds the sign.
     */
    public static int losslessAccBits(int weightBits, int alignBits, int groupSize) {
        int log2 = 32 - Integer.numberOfLeadingZeros(Math.max(groupSize, 1) - 1);
        return alignBits + weightBits + log2;
    }

    public LUnitConfig withTruncation(Truncation newTruncation) {
        return new LUnitConfig(weightBits, alignBits, accBits, groupSize, newTruncation, overflow);
    }

    public LUnitConfig withOverflow(Overflow newOverflow) {
        return new LUnitConfig(weightBits, alignBits, accBits, groupSize, truncation, newOverflow);
    }

    /** Bits of the aligned magnitude window: {@code alignBits - 1}. */
    public int magnitudeBits() {
        return alignBits - 1;
    }

    /** Largest unsigned weight / zero-point code: {@code 2^weightBits - 1}. */
    public int maxCode() {
        return (1 << weightBits) - 1;
    }

    private static void require(boolean ok, String field, int value, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": " + problem + ", was " + value);
        }
    }
}
