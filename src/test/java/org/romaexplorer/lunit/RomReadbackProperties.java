package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.RandomCase;

class RomReadbackProperties {

    static Stream<RandomCase> readbacks() {
        return RandomCase.seeds(2_000, 200);
    }

    static Stream<RandomCase> sizes() {
        return RandomCase.seeds(3_000, 100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readbacks")
    void standardRomReadsBackEveryStoredWord(RandomCase c) {
        int depth = c.between(1, 70);
        RomWords words = RomWords.random(depth, c.between(1, 64), new Random(c.seed()));
        StandardRom rom = new StandardRom(words);
        for (int i = 0; i < depth; i++) {
            assertThat(rom.read(i)).as("address %d", i).isEqualTo(words.word(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readbacks")
    void blockRomReadsBackEveryStoredWord(RandomCase c) {
        int depth = c.between(1, 70);
        RomWords words = RomWords.random(depth, c.between(1, 64), new Random(c.seed()));
        BlockRom rom = new BlockRom(words);
        for (int i = 0; i < depth; i++) {
            assertThat(rom.read(i)).as("address %d", i).isEqualTo(words.word(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void blockRomBeatsAStandardRomOfPaddedDepthOnceWordsAreWiderThanTenBits(RandomCase c) {
        int depth = c.between(1, 1 << 20);
        int width = c.between(11, 4096);
        // ceil(D/4)(W+32) < D W  <=>  W > 32/3 for D a multiple of 4; padding costs up to 3 rows more
        int padded = (depth + 3) / 4 * 4;
        if (padded == depth) {
            assertThat(RomTransistors.blockRom(depth, width)).isLessThan(RomTransistors.standard(depth, width));
        }
        assertThat(RomTransistors.blockRom(depth, width)).isLessThan(RomTransistors.standard(padded, width));
    }
}
