package org.romaexplorer.lunit;

/**
 * IEEE 754 binary16 ("FP16") helpers working on raw 16-bit patterns; Java 17 has no
 * {@code Float.float16ToFloat}.
 *
 * <p>Layout (IEEE 754-2008, Sec. 3.6): sign [15], exponent field e [14:10], mantissa m [9:0],
 * bias 15. Value: {@code (-1)^s * (1024 + m) * 2^(e - 25)} for 1 &le; e &le; 30 (normal),
 * {@code (-1)^s * m * 2^-24} for e = 0 (zero and denormal), infinity (m = 0) or NaN for e = 31.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Fp16 {
    /** Exponent bias of binary16. */
    public static final int BIAS = 15;
    /** Stored mantissa bits; the significand has one more (hidden) bit. */
    public static final int MANTISSA_BITS = 10;
    /** Significand width {1'b1, mantissa} = 11 bits. */
    public static final int SIGNIFICAND_BITS = MANTISSA_BITS + 1;
    /** Exponent field of infinities and NaNs. */
    public static final int SPECIAL_EXPONENT = 31;
    /** Canonical quiet NaN pattern. */
    public static final short NAN = (short) 0x7E00;

    private Fp16() {}

    public static boolean isNegative(short bits) {
        return (bits & 0x8000) != 0;
    }

    public static int exponentField(short bits) {
        return (bits >> MANTISSA_BITS) & 0x1F;
    }

    public static int mantissa(short bits) {
        return bits & 0x3FF;
    }

    /** True for infinities and NaNs (exponent field 31). */
    public static boolean isSpecial(short bits) {
        return exponentField(bits) == SPECIAL_EXPONENT;
    }

    public static boolean isNaN(short bits) {
        return isSpecial(bits) && mantissa(bits) != 0;
    }

    public static boolean isInfinite(short bits) {
        return isSpecial(bits) && mantissa(bits) == 0;
    }

    /** True for non-zero values with exponent field 0. */
    public static boolean isDenormal(short bits) {
        return exponentField(bits) == 0 && mantissa(bits) != 0;
    }

    /** Exact conversion of a binary16 pattern to double (every binary16 value is a double). */
    public static double toDouble(short bits) {
        int e = exponentField(bits);
        int m = mantissa(bits);
        double sign = isNegative(bits) ? -1.0 : 1.0;
        if (e == SPECIAL_EXPONENT) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (e == 0) {
            return sign * Math.scalb((double) m, -24);
        }
        return sign * Math.scalb((double) (1024 + m), e - 25);
    }

    /**
     * Rounds a double to the nearest binary16 pattern, ties to even (IEEE 754 default);
     * magnitudes &ge; 65520 become infinity, NaN becomes {@link #NAN}, the sign of zero is kept.
     */
    public static short fromDouble(double x) {
        if (Double.isNaN(x)) {
            return NAN;
        }
        int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
        return (short) (sign | magnitudeBits(Math.abs(x)));
    }

    private static int magnitudeBits(double abs) {
        if (abs < 0x1p-14) {
            return (int) Math.rint(Math.scalb(abs, 24)); // 1024 carries into min normal 0x0400
        }
        int exp = Math.min(Math.getExponent(abs), 16); // infinity -> 16 -> overflows below
        long significand = (long) Math.rint(Math.scalb(abs, MANTISSA_BITS - exp));
        if (significand == 2048) {
            significand = 1024;
            exp++;
        }
        int field = exp + BIAS;
        if (field >= SPECIAL_EXPONENT) {
            return SPECIAL_EXPONENT << MANTISSA_BITS;
        }
        return (field << MANTISSA_BITS) | (int) (significand - 1024);
    }
}
