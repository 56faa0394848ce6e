package org.romaexplorer.model;

/**
 * How base-model weights are coded in ROM: integers of {@code base_bits}, or ternary {−1, 0, +1}
 * weights (BitNet b1.58, Ma et al. 2024: log2 3 = 1.58 bits of information) packed 2 bits per weight or
 * 5 trits per byte (3^5 = 243 ≤ 256: 1.6 bits per weight, the TL2-style packing of bitnet.cpp).
 *
 * <p>The L-unit needs no multiplier for a ternary weight: it adds, subtracts or skips the aligned
 * activation. The model charges L-unit compute (area and energy) per streamed weight bit; an integer
 * weight of b bits takes b shift-add lanes, a ternary weight one add, so per streamed bit ternary costs
 * 1/2 (2-bit packing) or 1/1.6 (5 per byte; the trit decoder, a 256-entry table per lane group, is not
 * modeled). A zero weight skips its add; with 2-bit packing a zero is the code 00, which in a ROM that
 * places a transistor only for a 1 also costs no read: the zero fraction z scales both.
 */
public enum WeightPacking {
    INTEGER, TERNARY_2BIT, TERNARY_5_PER_BYTE;

    public boolean ternary() { return this != INTEGER; }

    /** Bits of the weights (no scales) of an in→out tensor; rows packed independently for 5 per byte. */
    long weightBits(long in, long out, int baseBits) {
        return switch (this) {
            case INTEGER -> in * out * baseBits;
            case TERNARY_2BIT -> in * out * 2;
            case TERNARY_5_PER_BYTE -> out * ModelShape.ceilDiv(in, 5) * 8;
        };
    }

    /** Storage bits per weight before scales: b, 2 or 1.6. */
    public double bitsPerWeight(int baseBits) {
        return switch (this) {
            case INTEGER -> baseBits;
            case TERNARY_2BIT -> 2;
            case TERNARY_5_PER_BYTE -> 1.6;
        };
    }

    /** L-unit adds per streamed weight bit, relative to an integer weight's one lane per bit. */
    public double addsPerBit() {
        return switch (this) {
            case INTEGER -> 1;
            case TERNARY_2BIT -> 0.5;
            case TERNARY_5_PER_BYTE -> 1 / 1.6;
        };
    }

    /** Fraction of L-unit compute energy spent with zero fraction z: adds per bit · (1 − z) for ternary. */
    public double computeActivity(double zeroFraction) {
        return addsPerBit() * (ternary() ? 1 - zeroFraction : 1);
    }

    /** Fraction of ROM read energy spent: 1 − z when a zero weight is the code 00 (2-bit packing), else 1. */
    public double readActivity(double zeroFraction) {
        return this == TERNARY_2BIT ? 1 - zeroFraction : 1;
    }

    /**
     * Share of 1 bits in the stored codes, which a logic ROM pays for ({@link WeightCell#TERNARY_LOGIC}): a 2-bit
     * ternary code has one 1 bit per nonzero weight (01 or 10) and none for a zero, so (1 − z)/2; integer codes and
     * 5-trit bytes are taken as random bits, 1/2. With z = 0.31 (absmean ternarization) the zero-bit share is 65.5%,
     * TOM's quoted 65%.
     */
    public double onesFraction(double zeroFraction) {
        return this == TERNARY_2BIT ? (1 - zeroFraction) / 2 : 0.5;
    }
}
