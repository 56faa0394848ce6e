package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry of parameters: one declaration per key, its range the records' own checks. */
class ParamsTest {

    static Stream<Param> params() {
        return Params.all().stream();
    }

    @Test
    void everyDeclaredParameterIsRegisteredOnceUnderAUniqueKey() throws IllegalAccessException {
        List<Param> declared = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {Knobs.class, Constants.class}) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == Param.class && Modifier.isStatic(f.getModifiers())) {
                    declared.add((Param) f.get(null));
                }
            }
        }
        assertThat(Params.all()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(Params.all()).extracting(Param::key).doesNotHaveDuplicates();
        assertThat(Params.all()).extracting(Param::presetPath).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void theReferenceDesignHoldsEveryDefault(Param k) {
        double v = k.get(Models.template(Models.LLAMA_3_2_3B));
        assertThat(v).isCloseTo(k.value(), within(Math.abs(k.value()) * 1e-9));
        assertThat(k.source()).isNotBlank();
        assertThat(k.name()).isNotBlank();
        assertThat(k.about()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void settingAParameterToItsOwnValueChangesNothing(Param k) {
        for (DesignPoint p : new DesignPoint[] {Models.llama3b(), Models.llama8b()}) {
            assertThat(k.set(p, k.get(p))).isEqualTo(p);
        }
    }

    /** The ends of a parameter's range are accepted by the design point's records; just beyond them, refused under its key. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void theRangeIsTheRecordsOwnCheck(Param k) {
        DesignPoint p = Models.llama3b();
        double[] ends = k.allowed().length > 0 ? k.allowed() : new double[] {k.min(), k.max()};
        for (double v : ends) {
            assertThat(k.get(k.set(p, v))).as("%s = %s", k.key(), v).isCloseTo(v, within(Math.abs(v) * 1e-6 + 1e-6));
        }
        for (double v : new double[] {Math.nextDown(k.min()), Math.nextUp(k.max()), Double.NaN}) {
            assertThatThrownBy(() -> k.set(p, v)).as("%s = %s", k.key(), v)
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(k.key()));
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"sram_mb, 64", "lora_rank, 32", "base_bits, 2", "kv_bits, 16", "lora_bits, 8", "clock_mhz, 750",
        "input_len, 1024", "kv_len, 2048", "output_len, 128", "rom_gib, 4", "matrix_rows, 8", "columns, 32",
        "sram_mb, 100000", "group_size, 64", "lm_head_in_rom, 0", "kv_overflow, 2"})
    void aKnobReadsBackWhatWasSet(String key, double value) {
        Param k = Params.of(key);
        assertThat(k.get(k.set(Models.llama3b(), value))).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"lora_rank, 2000", "base_bits, 5", "kv_bits, 5", "sram_mb, 0", "matrix_rows, 2.5", "clock_mhz, NaN",
        "rom_gib, 0", "rom_gib, -0.0", "rom_gib, 1e-320", "rom_gib, 1e300", "sram_mb, Infinity", "input_len, 1e309",
        "kv_overflow, 3", "lm_head_in_rom, 0.5"})
    void anInvalidValueIsRejectedNamingTheKnob(String key, double value) {
        assertThatThrownBy(() -> Params.of(key).set(Models.llama3b(), value))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lora_rank | 2000 | lora_rank: must be in [0, 1024], got 2000",
        "kv_bits | 7 | kv_bits: must be one of [4, 8, 16, 32], got 7",
        "kv_overflow | 3 | kv_overflow: must be reject, spill or evict, got 3",
        "zero_fraction | 1.5 | zero_fraction: must be in [0.0, 0.99], got 1.5",
        "matrix_rows | 2.5 | matrix_rows: must be a whole number, got 2.5",
        "sram_mb | -1 | sram_mb: must be from 1 byte to 1048576 MiB, got -1.0"})
    void aRefusalSaysWhyInOneLine(String key, double value, String message) {
        assertThatThrownBy(() -> Params.of(key).set(Models.llama3b(), value)).hasMessage(message);
    }

    @Test
    void aChoiceIsTypedAndShownByName() {
        assertThat(Knobs.KV_OVERFLOW.parse("Spill")).isEqualTo(1);
        assertThat(Knobs.KV_OVERFLOW.text(2)).isEqualTo("evict");
        assertThat(Knobs.LM_HEAD_IN_ROM.text(1)).isEqualTo("true");
        assertThat(Knobs.INPUT_LEN.text(4096)).isEqualTo("4096");
        assertThatThrownBy(() -> Knobs.WEIGHT_PACKING.parse("ternary3"))
                .hasMessage("weight_packing: must be a number or integer, ternary2 or ternary5, got 'ternary3'");
    }

    @Test
    void unknownKeysListTheKnownOnes() {
        assertThatThrownBy(() -> Params.of("sram")).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("unknown parameter; known: sram_mb, lora_rank");
    }
}
