package org.romaexplorer.lunit;

/**
 * Output of the shared exponent alignment unit for one group (paper Sec. III-B, steps 1-2).
 *
 * @param values aligned integers value_k (copied; the accessor returns a copy); 0 for Inf/NaN
 * @param maxExp largest exponent field among the finite activations (0 if there are none)
 * @param vsum sum of the values, held in an accBits-wide register
 * @param vsumOverflowed whether that register overflowed
 */
public record AlignedGroup(long[] values, int maxExp, long vsum, boolean vsumOverflowed) {

    public AlignedGroup {
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    long value(int k) {
        return values[k];
    }

    public int size() {
        return values.length;
    }
}
