package org.romaexplorer.lunit;

/**
 * Result of one L-unit group dot product (ROMA paper, Eq. 1).
 *
 * @param value res of Eq. 1, in double
 * @param dot integer DotProduct(value, w) as held in the accBits register
 * @param vsum integer sum of the aligned values
 * @param maxExp shared exponent field max_exp
 * @param overflowed whether any accBits register (vsum, dot, correction) overflowed
 * @param specialInput whether an activation was Inf or NaN; then {@code value} follows IEEE
 *     double arithmetic (NaN/Inf propagate) and the integer fields cover the finite part only
 */
public record LUnitResult(double value, long dot, long vsum, int maxExp,
                          boolean overflowed, boolean specialInput) {
}
