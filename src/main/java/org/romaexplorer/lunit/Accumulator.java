package org.romaexplorer.lunit;

/**
 * A {@code bits}-wide two's-complement register that adds with the configured overflow policy
 * ({@link LUnitConfig.Overflow}). Mutable; one per dot product, never shared.
 */
final class Accumulator {
    private final long min;
    private final long max;
    private final int bits;
    private final LUnitConfig.Overflow policy;
    private long value;
    private boolean overflowed;

    Accumulator(int bits, LUnitConfig.Overflow policy) {
        this.bits = bits;
        this.policy = policy;
        this.min = -(1L << (bits - 1));
        this.max = (1L << (bits - 1)) - 1;
    }

    /** value := fit(value + x); operands stay far below 2^63 because bits &le; 62. */
    void add(long x) {
        value = fit(value + x);
    }

    /** Brings x into range: clamp (SATURATE) or keep the low {@code bits} bits (WRAP). */
    long fit(long x) {
        if (x >= min && x <= max) {
            return x;
        }
        overflowed = true;
        if (policy == LUnitConfig.Overflow.SATURATE) {
            return x < min ? min : max;
        }
        int unused = Long.SIZE - bits;
        return (x << unused) >> unused;
    }

    long value() {
        return value;
    }

    boolean overflowed() {
        return overflowed;
    }
}
