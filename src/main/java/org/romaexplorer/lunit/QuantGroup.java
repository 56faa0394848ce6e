package org.romaexplorer.lunit;

import java.util.Arrays;
import java.util.Objects;

/**
 * One quantization group as stored in B-ROM (paper Sec. III-B): unsigned codes w, one unsigned
 * zero point z of the same width and one FP16 scale s. The real weight is {@code (w - z) * s}.
 *
 * @param weightBits code width, 2 or 4
 * @param weights codes in 0..2^weightBits - 1 (copied; the accessor returns a copy)
 * @param zeroPoint z in 0..2^weightBits - 1
 * @param scaleFp16 raw binary16 pattern of s
 */
public record QuantGroup(int weightBits, int[] weights, int zeroPoint, short scaleFp16) {

    public QuantGroup {
        if (weightBits != 2 && weightBits != 4) {
            throw new IllegalArgumentException("weightBits: must be 2 or 4, was " + weightBits);
        }
        weights = Objects.requireNonNull(weights, "weights").clone();
        int maxCode = (1 << weightBits) - 1;
        for (int k = 0; k < weights.length; k++) {
            checkCode("weights[" + k + "]", weights[k], maxCode);
        }
        checkCode("zeroPoint", zeroPoint, maxCode);
    }

    @Override
    public int[] weights() {
        return weights.clone();
    }

    int weight(int k) {
        return weights[k];
    }

    public int size() {
        return weights.length;
    }

    public double scale() {
        return Fp16.toDouble(scaleFp16);
    }

    /** Dequantized weight {@code (w_k - z) * s} in double. */
    public double dequantized(int k) {
        return (weights[k] - zeroPoint) * scale();
    }

    /**
     * Reference result: sum_k a_k * (w_k - z) * s in double, with a_k the exact FP16 values.
     * Each product is exact (at most 27 significant bits); only the summation rounds (53 bits).
     * Infinities and NaNs follow IEEE 754 double arithmetic.
     */
    public double exactDot(short[] activations) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += Fp16.toDouble(activations[k]) * dequantized(k);
        }
        return sum;
    }

    /** Magnitude of the terms, sum_k |a_k * (w_k - z) * s|: the error normaliser of the harness. */
    public double termMagnitude(short[] activations) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += Math.abs(Fp16.toDouble(activations[k]) * dequantized(k));
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantGroup q && q.weightBits == weightBits && q.zeroPoint == zeroPoint
                && q.scaleFp16 == scaleFp16 && Arrays.equals(q.weights, weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weightBits, zeroPoint, scaleFp16, Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "QuantGroup[w=" + Arrays.toString(weights) + ", z=" + zeroPoint
                + ", s=" + scale() + "]";
    }

    private static void checkCode(String field, int code, int maxCode) {
        if (code < 0 || code > maxCode) {
            throw new IllegalArgumentException(field + ": must be in 0.." + maxCode + ", was " + code);
        }
    }
}
