package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.romaexplorer.lunit.LUnitHandComputedTest.shorts;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LUnitEdgeCasesTest {
    private static final short ONE = Fp16Test.bits("3C00");

    private static QuantGroup group(int bits, int z, int... w) {
        return new QuantGroup(bits, w, z, ONE);
    }

    private static LUnitResult run(LUnitConfig config, short[] acts, QuantGroup g) {
        return new LUnit(config).dot(acts, g);
    }

    @Test
    void allZerosGiveZeroWithSharedExponentZero() {
        short[] zeros = new short[128];
        Arrays.fill(zeros, 64, 128, Fp16Test.bits("8000"));
        int[] w = new int[128];
        Arrays.fill(w, 3);
        LUnitResult r = run(LUnitConfig.lossless(2, 12, 128), zeros, new QuantGroup(2, w, 1, ONE));
        assertThat(r.value()).isZero();
        assertThat(r.dot()).isZero();
        assertThat(r.vsum()).isZero();
        assertThat(r.maxExp()).isZero();
    }

    @Test
    void equalExponentsAreNotShifted() {
        short[] acts = shorts("3C00 3E00 BD00 3FFF"); // 1.0, 1.5, -1.25, 1.999 (all exp 15)
        AlignedGroup a = new ExponentAligner(LUnitConfig.lossless(2, 12, 4)).align(acts);
        assertThat(a.values()).containsExactly(1024, 1536, -1280, 2047);
        assertThat(a.maxExp()).isEqualTo(15);
        QuantGroup g = group(2, 1, 3, 0, 2, 1);
        assertThat(run(LUnitConfig.lossless(2, 12, 4), acts, g).value()).isEqualTo(g.exactDot(acts));
    }

    @Test
    void widestExponentSpreadFlushesTheSmallestValuesTowardZero() {
        short[] acts = shorts("7BFF 0001 8001 0000"); // 65504, +2^-24, -2^-24, 0: exponents 30 vs 0
        LUnitConfig config = LUnitConfig.lossless(4, 32, 4);
        assertThat(new ExponentAligner(config).align(acts).values())
                .containsExactly(2047L << 20, 0, 0, 0);
        assertThat(new ExponentAligner(config.withTruncation(LUnitConfig.Truncation.FLOOR))
                .align(acts).values()).containsExactly(2047L << 20, 0, -1, 0);
    }

    @Test
    void widestSpreadResultIsExactForTheLargeTermAndLosesOnlyTheTinyOnes() {
        short[] acts = shorts("7BFF 0001 8001 0000");
        QuantGroup g = group(4, 0, 15, 15, 0, 0);
        LUnitResult r = run(LUnitConfig.lossless(4, 32, 4), acts, g);
        assertThat(r.value()).isEqualTo(65504.0 * 15).isNotEqualTo(g.exactDot(acts));
        assertThat(r.maxExp()).isEqualTo(30);
    }

    @Test
    void nanActivationPropagatesAndIsFlagged() {
        LUnitResult r = run(LUnitConfig.lossless(2, 12, 4), shorts("7E00 3C00 3C00 3C00"), group(2, 1, 2, 2, 2, 2));
        assertThat(r.value()).isNaN();
        assertThat(r.specialInput()).isTrue();
    }

    @Test
    void infinityTakesTheSignOfItsDequantizedWeight() {
        short[] acts = shorts("7C00 3C00 3C00 3C00");
        assertThat(run(LUnitConfig.lossless(2, 12, 4), acts, group(2, 1, 3, 0, 0, 0)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(run(LUnitConfig.lossless(2, 12, 4), acts, group(2, 1, 0, 3, 3, 3)).value())
                .isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void infinityTimesZeroWeightAndOppositeInfinitiesGiveNaN() {
        LUnitConfig c = LUnitConfig.lossless(2, 12, 4);
        assertThat(run(c, shorts("7C00 3C00 0000 0000"), group(2, 2, 2, 3, 0, 0)).value()).isNaN();
        assertThat(run(c, shorts("7C00 FC00 0000 0000"), group(2, 0, 1, 1, 0, 0)).value()).isNaN();
    }

    @Test
    void specialsDoNotSetTheSharedExponent() {
        LUnitResult r = run(LUnitConfig.lossless(2, 12, 4), shorts("7C00 3C00 3800 0000"), group(2, 0, 1, 1, 1, 1));
        assertThat(r.maxExp()).isEqualTo(15);
        assertThat(r.vsum()).isEqualTo(1024 + 512);
    }

    @Test
    void saturatingRegisterClampsAndFlagsOverflow() {
        short[] acts = shorts("3FFF 3FFF 3FFF 3FFF"); // 2047 each, sum 8188 > 2^11 - 1
        LUnitResult r = run(new LUnitConfig(4, 12, 12, 4), acts, group(4, 0, 1, 1, 1, 1));
        assertThat(r.vsum()).isEqualTo(2047);
        assertThat(r.overflowed()).isTrue();
    }

    @Test
    void wrappingRegisterKeepsTheLowBits() {
        short[] acts = shorts("3FFF 3FFF 3FFF 3FFF");
        LUnitConfig wrap = new LUnitConfig(4, 12, 12, 4).withOverflow(LUnitConfig.Overflow.WRAP);
        LUnitResult r = run(wrap, acts, group(4, 0, 1, 1, 1, 1));
        assertThat(r.vsum()).isEqualTo(8188 - 4096 * 2);
        assertThat(r.overflowed()).isTrue();
    }

    @Test
    void losslessRegistersSurviveTheLargestPossibleGroup() {
        short[] acts = new short[128];
        Arrays.fill(acts, Fp16Test.bits("7BFF"));
        int[] w = new int[128];
        Arrays.fill(w, 15);
        LUnitResult r = run(LUnitConfig.lossless(4, 32, 128), acts, new QuantGroup(4, w, 0, ONE));
        assertThat(r.overflowed()).isFalse();
        assertThat(r.value()).isEqualTo(65504.0 * 15 * 128);
    }

    @Test
    void rejectsGroupsOfTheWrongShape() {
        LUnit unit = new LUnit(LUnitConfig.lossless(2, 12, 4));
        assertThatThrownBy(() -> unit.dot(new short[3], group(2, 0, 1, 1, 1)))
                .hasMessageStartingWith("groupSize: ");
        assertThatThrownBy(() -> unit.dot(new short[4], group(4, 0, 1, 1, 1, 1)))
                .hasMessageStartingWith("weightBits: ");
    }
}
