package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockRomTest {

    @Test
    void columnContentPacksTheFourBitsOfEachBlockLowAddressFirst() {
        // addresses 0..3 store 0b01, 0b11, 0b00, 0b10 (width 2)
        BlockRom rom = new BlockRom(new RomWords(new long[] {0b01, 0b11, 0b00, 0b10}, 2));
        assertThat(rom.blockContent(0, 0)).isEqualTo(0b0011); // bit 0 of addresses 3,2,1,0 = 0,0,1,1
        assertThat(rom.blockContent(0, 1)).isEqualTo(0b1010); // bit 1 of addresses 3,2,1,0 = 1,0,1,0
    }

    @Test
    void depthNotAMultipleOfFourIsPaddedWithUnreachableZeroWords() {
        BlockRom rom = new BlockRom(new RomWords(new long[] {1, 2, 3, 4, 5}, 3));
        assertThat(rom.blocks()).isEqualTo(2);
        assertThat(rom.blockContent(1, 0)).isEqualTo(1); // only address 4 (value 5 = 0b101) is real
        assertThat(rom.blockContent(1, 2)).isEqualTo(1);
        assertThat(rom.read(4)).isEqualTo(5);
        assertThatThrownBy(() -> rom.read(5)).hasMessageStartingWith("address: ");
        assertThat(rom.transistorCount()).isEqualTo(2 * (3 + 32));
    }

    @ParameterizedTest(name = "W={0}, D={1}: standard {2}, B-ROM {3}, ratio {4}")
    @CsvSource({
        // W,   D,    D*W,     ceil(D/4)*(W+32), ratio
        "16,    8,    128,     96,      0.75",
        "64,    4,    256,     96,      0.375",
        "8,     5,    40,      80,      2.0",
        "1,     1,    1,       33,      33.0",
        "128,   1024, 131072,  40960,   0.3125",
        "256,   4096, 1048576, 294912,  0.28125",
    })
    void transistorCountsFollowSectionThreeC(int width, int depth, long standard, long brom, double ratio) {
        assertThat(RomTransistors.standard(depth, width)).isEqualTo(standard);
        assertThat(RomTransistors.blockRom(depth, width)).isEqualTo(brom);
        assertThat(RomTransistors.ratio(width, depth)).isEqualTo(ratio);
    }

    @Test
    void structuralCountsMatchTheAnalyticOnes() {
        RomWords words = new RomWords(new long[] {0xF, 0, 0, 0, 0, 0, 0, 0x1}, 16);
        assertThat(new StandardRom(words).transistorCount()).isEqualTo(128);
        assertThat(new BlockRom(words).transistorCount()).isEqualTo(96);
    }
}
