package org.romaexplorer.ui.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.romaexplorer.model.Hardware;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Technology;

/** Editing one record component goes through the record's own checks. */
public class RecordEditTest {
    @Test
    void replacesOneComponentAndKeepsTheRest() {
        Hardware hw = Hardware.roma();
        Hardware wider = RecordEdit.with(hw, "columns", 32);
        assertThat(wider.columns()).isEqualTo(32);
        assertThat(wider.withArray(hw.matrixRows(), hw.columns())).isEqualTo(hw);
        assertThat(RecordEdit.get(wider, "columns")).isEqualTo(32);
    }

    @Test
    void roundsForIntegerComponents() {
        assertThat(RecordEdit.with(Technology.n7(), "bromWordBits", 127.6).bromWordBits()).isEqualTo(128);
    }

    @Test
    void aValueTheModelRejectsNamesTheField() {
        assertThatThrownBy(() -> RecordEdit.with(Technology.n7(), "macroEfficiency", 5))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("macro_efficiency");
    }

    /** The property sheet edits Hardware in bytes: a ROM that rounds to none is refused naming rom_gib. */
    @Test
    void aRomOfNoBytesIsRefusedNamingTheKeyTheUserSees() {
        assertThatThrownBy(() -> RecordEdit.with(Hardware.roma(), "romBytes", 0.4))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("rom_gib"));
        assertThatThrownBy(() -> RecordEdit.with(Technology.n7(), "energyScale", 0))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("energy_scale"));
    }
}
