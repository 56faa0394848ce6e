package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RomReadbackProperties {

    @Property(tries = 200)
    void standardRomReadsBackEveryStoredWord(@ForAll @IntRange(min = 1, max = 70) int depth,
                                             @ForAll @IntRange(min = 1, max = 64) int width,
                                             @ForAll long seed) {
        RomWords words = RomWords.random(depth, width, new Random(seed));
        StandardRom rom = new StandardRom(words);
        for (int i = 0; i < depth; i++) {
            assertThat(rom.read(i)).as("address %d", i).isEqualTo(words.word(i));
        }
    }

    @Property(tries = 200)
    void blockRomReadsBackEveryStoredWord(@ForAll @IntRange(min = 1, max = 70) int depth,
                                          @ForAll @IntRange(min = 1, max = 64) int width,
                                          @ForAll long seed) {
        RomWords words = RomWords.random(depth, width, new Random(seed));
        BlockRom rom = new BlockRom(words);
        for (int i = 0; i < depth; i++) {
            assertThat(rom.read(i)).as("address %d", i).isEqualTo(words.word(i));
        }
    }

    @Property(tries = 100)
    void blockRomBeatsAStandardRomOfPaddedDepthOnceWordsAreWiderThanTenBits(
            @ForAll @IntRange(min = 1, max = 1 << 20) int depth, @ForAll @IntRange(min = 11, max = 4096) int width) {
        // ceil(D/4)(W+32) < D W  <=>  W > 32/3 for D a multiple of 4; padding costs up to 3 rows more
        int padded = (depth + 3) / 4 * 4;
        if (padded == depth) {
            assertThat(RomTransistors.blockRom(depth, width)).isLessThan(RomTransistors.standard(depth, width));
        }
        assertThat(RomTransistors.blockRom(depth, width)).isLessThan(RomTransistors.standard(padded, width));
    }
}
