package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fp16Test {

    @ParameterizedTest(name = "0x{0} decodes to {1}")
    @CsvSource({
        "0000, 0.0",
        "3C00, 1.0",
        "C000, -2.0",
        "3555, 0.333251953125",
        "7BFF, 65504.0",
        "0400, 6.103515625E-5",
        "0001, 5.9604644775390625E-8",
        "03FF, 6.097555160522461E-5",
        "7C00, Infinity",
        "FC00, -Infinity",
    })
    void decodesKnownPatterns(String hex, double expected) {
        assertThat(Fp16.toDouble(bits(hex))).isEqualTo(expected);
    }

    @Test
    void everyNonNaNPatternSurvivesARoundTrip() {
        for (int p = 0; p <= 0xFFFF; p++) {
            short b = (short) p;
            if (!Fp16.isNaN(b)) {
                assertThat(Fp16.fromDouble(Fp16.toDouble(b))).as("pattern %04X", p).isEqualTo(b);
            }
        }
    }

    @ParameterizedTest(name = "{0} rounds to 0x{1}")
    @CsvSource({
        "1.00048828125, 3C00",          // 1 + 2^-11: halfway, ties to even mantissa 0
        "1.00146484375, 3C02",          // 1 + 3*2^-11: halfway, ties to even mantissa 2
        "1.0005, 3C01",                 // above halfway
        "65519.0, 7BFF",
        "65520.0, 7C00",                // halfway to 2^16 -> overflow to infinity
        "2.98023223876953125E-8, 0000", // 2^-25: halfway between 0 and the smallest denormal
        "8.94069671630859375E-8, 0002", // 3*2^-25: halfway, ties to even denormal 2
        "6.1e-5, 03FF",
        "6.1035e-5, 0400",              // rounds up into the smallest normal
        "-0.0, 8000",
        "1e300, 7C00",
    })
    void roundsToNearestEven(double x, String hex) {
        assertThat(Fp16.fromDouble(x)).isEqualTo(bits(hex));
    }

    @Test
    void nanEncodesAsNaN() {
        assertThat(Fp16.isNaN(Fp16.fromDouble(Double.NaN))).isTrue();
        assertThat(Fp16.toDouble(Fp16.NAN)).isNaN();
    }

    @Test
    void classifiesDenormalsAndSpecials() {
        assertThat(Fp16.isDenormal(bits("0001"))).isTrue();
        assertThat(Fp16.isDenormal(bits("0000"))).isFalse();
        assertThat(Fp16.isDenormal(bits("0400"))).isFalse();
        assertThat(Fp16.isInfinite(bits("FC00"))).isTrue();
        assertThat(Fp16.isSpecial(bits("7BFF"))).isFalse();
    }

    static short bits(String hex) {
        return (short) Integer.parseInt(hex, 16);
    }
}
