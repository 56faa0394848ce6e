package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HardwareTest {
    private final Hardware roma = Hardware.roma();

    @Test
    void romaIsSeventeenBySixteenWithPerUnitMemories() {
        assertThat(roma.arrayRows()).isEqualTo(17);
        assertThat(roma.columns()).isEqualTo(16);
        assertThat(roma.matrixUnits()).isEqualTo(256);
        assertThat(roma.vectorUnits()).isEqualTo(16);
        assertThat(roma.sramBytesPerUnit()).isEqualTo(1_179_648); // 288 MiB / 256 = 1.125 MiB
        assertThat(roma.intermediateSramBytesPerUnit()).isEqualTo(1 << 20);
        assertThat(roma.romBytesPerUnit()).isEqualTo(7_801_405); // ⌊1.86 GiB / 256⌋
    }

    @Test
    void outOfRangeValueNamesTheField() {
        assertThatThrownBy(() -> roma.withClockHz(0)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.field()).isEqualTo("clock_mhz"));
        assertThatThrownBy(() -> roma.withArray(0, 16)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.field()).isEqualTo("matrix_rows"));
    }
}
