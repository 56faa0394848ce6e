package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eq. 1 on groups of four, computed by hand (see docs/lunit-lab.md for the worked first row).
 * Scale exponent: max_exp - 15 - (alignBits - 2).
 */
class LUnitHandComputedTest {

    @ParameterizedTest(name = "[{index}] {0} . ({1} - {2}) * {3} = {9}")
    @CsvSource(delimiter = '|', value = {
        // activations (hex)  | w         | z | s    | bits | align | truncation  | dot    | vsum  | res
        "3C00 4000 3800 BC00  | 3 1 2 0   | 1 | 3800 | 2    | 12    | TOWARD_ZERO | 3072   | 1280  | 1.75",
        "3C00 3C01 3000 4200  | 1 3 3 0   | 2 | 3C00 | 2    | 8     | TOWARD_ZERO | 140    | 164   | -5.875",
        "BC01 4400 0000 8000  | 15 1 7 9  | 3 | 3400 | 4    | 12    | TOWARD_ZERO | -2816  | 768   | -5.0",
        "BC01 4400 0000 8000  | 15 1 7 9  | 3 | 3400 | 4    | 12    | FLOOR       | -2831  | 767   | -5.01171875",
        "0001 03FF 0400 8200  | 1 1 1 1   | 0 | 3C00 | 2    | 12    | TOWARD_ZERO | 1536   | 1536  | 9.1552734375E-5",
        "0001 0002 0000 0000  | 1 1 0 0   | 0 | 3C00 | 2    | 12    | TOWARD_ZERO | 6      | 6     | 1.78813934326171875E-7",
        "4900 3C00 B800 2E66  | 15 0 8 3  | 7 | 3C00 | 4    | 16    | TOWARD_ZERO | 299620 | 21708 | 72.1015625",
    })
    void matchesHandComputedEquationOne(String acts, String weights, int z, String scale, int bits,
                                        int align, LUnitConfig.Truncation truncation,
                                        long dot, long vsum, double expected) {
        LUnitConfig config = LUnitConfig.lossless(bits, align, 4).withTruncation(truncation);
        QuantGroup group = new QuantGroup(bits, ints(weights), z, Fp16Test.bits(scale));

        LUnitResult r = new LUnit(config).dot(shorts(acts), group);

        assertThat(r.dot()).isEqualTo(dot);
        assertThat(r.vsum()).isEqualTo(vsum);
        assertThat(r.value()).isEqualTo(expected);
        assertThat(r.overflowed()).isFalse();
    }

    static short[] shorts(String hexList) {
        String[] parts = hexList.trim().split("\\s+");
        short[] out = new short[parts.length];
        for (int k = 0; k < parts.length; k++) {
            out[k] = Fp16Test.bits(parts[k]);
        }
        return out;
    }

    static int[] ints(String list) {
        return Arrays.stream(list.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }
}
