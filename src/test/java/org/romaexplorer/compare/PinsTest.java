package org.romaexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;

class PinsTest {
    private final DesignPoint d = Models.llama3b();

    @Test
    void pinsTakeLettersAndSlotsInOrderUpToFour() {
        Pins p = Pins.NONE.with(d).with(d).with(d).with(d);
        assertThat(p.list()).extracting(Pin::name).containsExactly("A", "B", "C", "D");
        assertThat(p.list()).extracting(Pin::slot).containsExactly(0, 1, 2, 3);
        assertThat(p.full()).isTrue();
        assertThatThrownBy(() -> p.with(d)).isInstanceOf(InvalidParameterException.class).hasMessageContaining("at most 4");
    }

    @Test
    void aRemovedPinFreesItsSlotAndColourForTheNext() {
        Pins p = Pins.NONE.with(d).with(d).with(d).without(1).with(d);
        assertThat(p.list()).extracting(Pin::slot).containsExactly(0, 2, 1);
        assertThat(p.list()).extracting(Pin::name).containsExactly("A", "C", "B");
    }

    @Test
    void aFreshNameNeverRepeatsARenamedOne() {
        Pins p = Pins.NONE.with(d).renamed(0, "B").with(d);
        assertThat(p.list()).extracting(Pin::name).containsExactly("B", "B'");
    }

    @Test
    void renameKeepsDesignAndSlotAndRejectsEmptyOrTakenNames() {
        Pins p = Pins.NONE.with(d).with(Knobs.SRAM_MB.set(d, 576)).renamed(1, "  2× SRAM ");
        assertThat(p.get(1).name()).isEqualTo("2× SRAM");
        assertThat(p.get(1).slot()).isEqualTo(1);
        assertThat(Knobs.SRAM_MB.get(p.get(1).design())).isEqualTo(576);
        assertThatThrownBy(() -> p.renamed(0, " ")).hasMessageContaining("pin name");
        assertThatThrownBy(() -> p.renamed(0, "2× SRAM")).hasMessageContaining("already used");
    }

    @Test
    void theFirstPinIsTheBaselineAndAnyPinCanBecomeIt() {
        Pins p = Pins.NONE.with(d).with(d).with(d);
        assertThat(p.baseline()).map(Pin::name).contains("A");
        assertThat(p.baseline(2).list()).extracting(Pin::name).containsExactly("C", "A", "B");
        assertThat(Pins.NONE.baseline()).isEmpty();
    }
}
