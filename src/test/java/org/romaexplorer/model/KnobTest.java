package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KnobTest {

    @ParameterizedTest
    @EnumSource(Knob.class)
    void settingAKnobToItsOwnValueChangesNothing(Knob k) {
        for (DesignPoint p : new DesignPoint[] {Models.llama3b(), Models.llama8b()}) {
            assertThat(k.set(p, k.get(p))).isEqualTo(p);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"sram_mb, 64", "lora_rank, 32", "base_bits, 2", "kv_bits, 16", "lora_bits, 8", "clock_mhz, 750",
        "input_len, 1024", "kv_len, 2048", "output_len, 128", "rom_gib, 4", "matrix_rows, 8", "columns, 32"})
    void aKnobReadsBackWhatWasSet(String key, double value) {
        Knob k = Knob.of(key);
        assertThat(k.get(k.set(Models.llama3b(), value))).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"lora_rank, 2000", "base_bits, 5", "kv_bits, 5", "sram_mb, 0", "matrix_rows, 2.5", "clock_mhz, NaN",
        "rom_gib, 0", "rom_gib, -0.0", "rom_gib, 1e-320", "rom_gib, 1e300", "sram_mb, Infinity", "input_len, 1e309"})
    void anInvalidValueIsRejectedNamingTheKnob(String key, double value) {
        assertThatThrownBy(() -> Knob.of(key).set(Models.llama3b(), value))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(key));
    }
}
