package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.model.Technology;

/** Standard ROM and B-ROM wider than one long, up to the widths the area model uses and beyond. */
class WideRomTest {

    /** Seeded random (depth, width) pairs with widths across limb boundaries. */
    static Stream<Arguments> shapes() {
        Random r = new Random(1024);
        int[] widths = {63, 64, 65, 127, 128, 129, 256, 300, 1024};
        return IntStream.range(0, 27).mapToObj(i -> Arguments.of(1 + r.nextInt(70), widths[i % widths.length], r.nextLong()));
    }

    @ParameterizedTest(name = "D={0}, W={1}")
    @MethodSource("shapes")
    void bothStructuresReadBackEveryWordExactly(int depth, int width, long seed) {
        RomWords words = RomWords.random(depth, width, new Random(seed));
        StandardRom standard = new StandardRom(words);
        BlockRom brom = new BlockRom(words);
        for (int i = 0; i < depth; i++) {
            assertThat(standard.readWide(i)).as("standard, address %d", i).containsExactly(words.limbs(i));
            assertThat(brom.readWide(i)).as("B-ROM, address %d", i).containsExactly(words.limbs(i));
        }
    }

    @Test
    void theAreaModelsWidthBuildsAndCountsAsTheAreaModelAssumes() {
        Technology t = Technology.n7();
        RomWords words = RomWords.random(4096, t.bromWordBits(), new Random(3));
        StandardRom standard = new StandardRom(words);
        BlockRom brom = new BlockRom(words);
        assertThat(standard.transistorCount()).isEqualTo(4096L * 256);
        assertThat(brom.transistorCount()).isEqualTo(4096L / 4 * (256 + CGen.transistorCount()));
        assertThat((double) brom.transistorCount() / standard.transistorCount()).isEqualTo(t.bromTransistorRatio());
        assertThat(brom.readWide(4095)).containsExactly(words.limbs(4095));
    }

    @Test
    void bitsLandInTheirLimbAndNarrowReadsRefuseWideWords() {
        long[][] limbs = {{0, 1L << 3}, {-1L, 0}};
        RomWords words = RomWords.wide(limbs, 100);
        assertThat(words.bit(0, 67)).isTrue();
        assertThat(words.bit(0, 66)).isFalse();
        assertThat(words.bit(1, 63)).isTrue();
        assertThat(new BlockRom(words).readWide(0)).containsExactly(0, 1L << 3);
        assertThatThrownBy(() -> new StandardRom(words).read(0)).hasMessageContaining("does not fit a long");
        assertThatThrownBy(() -> RomWords.wide(new long[][] {{0, 1L << 36}}, 100)).hasMessageStartingWith("words[0]: ");
        assertThatThrownBy(() -> RomWords.random(4, 4097, new Random(1))).hasMessageStartingWith("width: ");
    }
}
