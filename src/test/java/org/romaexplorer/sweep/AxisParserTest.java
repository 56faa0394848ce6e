package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.InvalidParameterException;

class AxisParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "sram_mb=64..256:64         | 64 128 192 256",
        "sram_mb=64..250:64         | 64 128 192",
        "lora_rank=16..16:1         | 16",
        "rom_gib=0.1..0.3:0.1       | 0.1 0.2 0.3",
        "kv_bits=4,8,16             | 4 8 16",
        "kv_bits=16,4               | 16 4",
        "' LORA_RANK = 8 , 32 '     | 8 32",
        "columns=1e1..3e1:1e1       | 10 20 30"})
    void parsesRangesAndListsInOrder(String spec, String expected) {
        double[] want = Arrays.stream(expected.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
        assertThat(AxisParser.parse(spec).values()).containsExactly(want);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "sram_mb=                   | --vary sram_mb: no values",
        "sram_mb=256..64:64         | --vary sram_mb: empty range: LO 256 > HI 64",
        "warp=1..2:1                | --vary warp: unknown parameter; known: sram_mb",
        "lora_rank=8..64:0          | --vary lora_rank: step must be > 0",
        "lora_rank=8..64:-8         | --vary lora_rank: step must be > 0",
        "input_len=1..1048576:1     | --vary input_len: too many points",
        "sram_mb=64..128            | --vary sram_mb: expected LO..HI:STEP",
        "sram_mb=a..128:1           | --vary sram_mb: 'a' is not a number",
        "sram_mb=64,,128            | --vary sram_mb: '' is not a number",
        "sram_mb=0..64:32           | --vary sram_mb: must be from 1 byte to 1048576 MiB, got 0.0",
        "lora_rank=1.5,2            | --vary lora_rank: must be a whole number, got 1.5",
        "kv_bits=8,8                | --vary kv_bits: value 8.0 appears twice",
        "sram_mb                    | --vary: expected key=LO..HI:STEP or key=A,B,C"})
    void badSpecsNameTheFieldAndTheProblem(String spec, String message) {
        assertThatThrownBy(() -> AxisParser.parse(spec))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith(message);
    }

    /** Numbers whose exponent or length would make decimal range arithmetic unbounded are refused at once. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rom_gib=1e-999999999..1:1           | --vary rom_gib: '1e-999999999' is out of range",
        "rom_gib=1..2:1e-1000000             | --vary rom_gib: '1e-1000000' is out of range",
        "sram_mb=1..1e999999999:1            | --vary sram_mb: '1e999999999' is out of range",
        "sram_mb=1e-31,2                     | --vary sram_mb: '1e-31' is out of range",
        "sram_mb=1..2:0.00000000000000000000000000001 | --vary sram_mb: too many points",
        "sram_mb=1.00000000000000000000000000000000000000001..2:1 | --vary sram_mb: '1.0000"})
    void hugeExponentsAndLongNumbersAreRefusedWithinASecond(String spec, String message) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(1), () ->
                assertThatThrownBy(() -> AxisParser.parse(spec))
                        .isInstanceOf(InvalidParameterException.class)
                        .hasMessageStartingWith(message));
    }

    @Test
    void zeroWithAnyExponentIsZero() {
        assertThat(AxisParser.parse("kv_len=0e-99999,1").values()).containsExactly(0, 1);
    }
}
