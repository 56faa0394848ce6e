package org.romaexplorer.lunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandardRomTest {

    @Test
    void everyCrossingCountsButOnlyOneBitsAreConnected() {
        StandardRom rom = new StandardRom(new RomWords(new long[] {0b1011, 0, 0b1}, 4));
        assertThat(rom.transistorCount()).isEqualTo(3 * 4);
        assertThat(rom.connectedTransistorCount()).isEqualTo(4);
    }

    @Test
    void readsTheAddressedWordThroughTheOrPlane() {
        StandardRom rom = new StandardRom(new RomWords(new long[] {0b1011, 0, 0b1, -1L}, 64));
        assertThat(rom.read(0)).isEqualTo(0b1011);
        assertThat(rom.read(1)).isZero();
        assertThat(rom.read(3)).isEqualTo(-1L);
    }

    @Test
    void rejectsAddressesOutsideTheArrayAndWordsWiderThanTheWidth() {
        StandardRom rom = new StandardRom(new RomWords(new long[] {1, 2}, 2));
        assertThatThrownBy(() -> rom.read(2)).hasMessageStartingWith("address: ");
        assertThatThrownBy(() -> rom.read(-1)).hasMessageStartingWith("address: ");
        assertThatThrownBy(() -> new RomWords(new long[] {4}, 2)).hasMessageStartingWith("words[0]: ");
        assertThatThrownBy(() -> new RomWords(new long[] {1}, 65)).hasMessageStartingWith("width: ");
        assertThatThrownBy(() -> new RomWords(new long[0], 8)).hasMessageStartingWith("depth: ");
    }
}
