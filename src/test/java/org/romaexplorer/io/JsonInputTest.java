package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Models;

/** Presets and HF configs are parsed under the same limits, and messages name the field as written. */
class JsonInputTest {
    private static final String GOOD = PresetIo.toJson(Models.llama3b(), "t");

    private static InvalidParameterException presetFailure(String json) {
        try {
            PresetIo.parse(json, null);
        } catch (InvalidParameterException e) {
            assertThat(e.getMessage()).doesNotContain("\n", "\r").startsWith(e.field() + ": ");
            return e;
        }
        throw new AssertionError("accepted: " + json.substring(0, Math.min(200, json.length())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"number", "depth", "string"})
    void oversizedTokensAreRefusedInOneLineWithoutAStackTrace(String what) {
        String json = switch (what) {
            case "number" -> GOOD.replace("\"kv_bits\" : 8", "\"kv_bits\" : " + "9".repeat(1500));
            case "depth" -> GOOD.replace("\"kv_bits\" : 8", "\"kv_bits\" : " + "[".repeat(2000) + "]".repeat(2000));
            default -> GOOD.replace("\"name\" : \"t\"", "\"name\" : \"" + "x".repeat(2_000_000) + "\"");
        };
        InvalidParameterException e = presetFailure(json);
        assertThat(e.field()).isEqualTo("preset");
        assertThat(e.getMessage()).startsWith("preset: refused: ").doesNotContain("StreamReadConstraints");
        assertThatThrownBy(() -> HfConfig.parse(json, "x")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void aDuplicateKeyAndTrailingContentAreRefusedInPresetsAsInHfConfigs() {
        assertThat(presetFailure(GOOD.replace("\"kv_bits\" : 8", "\"kv_bits\" : 8, \"kv_bits\" : 16")).getMessage())
                .contains("Duplicate field 'kv_bits'");
        assertThat(presetFailure(GOOD + " {}").getMessage()).startsWith("preset: not valid JSON at line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comment | \"kv_bits\" : 8 /* x */", "NaN | \"kv_bits\" : NaN", "single quotes | 'kv_bits' : 8",
        "leading zero | \"kv_bits\" : 08"})
    void nonStandardJsonIsRefused(String what, String kvBits) {
        assertThat(presetFailure(GOOD.replace("\"kv_bits\" : 8", kvBits)).getMessage()).startsWith("preset: not valid JSON at line");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(PresetIo.parse("\uFEFF" + GOOD, null)).isEqualTo(Models.llama3b());
        assertThat(HfConfig.parse("\uFEFF" + HfFixtures.text("Qwen2-0.5B"), "q").hiddenSize()).isEqualTo(896);
    }

    /** The preset with {@code key}'s value replaced by the JSON text {@code value}. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "rom_gib | 0 | hardware.rom_gib: must be from 1 byte to 32768 GiB, got 0.0",
        "rom_gib | -0.0 | hardware.rom_gib: must be from 1 byte to 32768 GiB, got -0.0",
        "rom_gib | 1e-320 | hardware.rom_gib: must be from 1 byte to 32768 GiB, got 1.0E-320",
        "rom_gib | 1e300 | hardware.rom_gib: must be from 1 byte to 32768 GiB, got 1.0E300",
        "rom_gib | 1e309 | hardware.rom_gib: out of range, got a number beyond ±1.8e308",
        "sram_mb | -1 | hardware.sram_mb: must be from 1 byte to 1048576 MiB, got -1.0",
        "input_len | 1e309 | workload.input_len: out of range, got a number beyond ±1.8e308",
        "compute_metal_demand | 2 | technology.compute_metal_demand: must be in [0.0, 1.0], got 2.0",
        "kv_bits | 8, \"\" : 1 | \"\": unknown field",
        "units | 256, \"\" : 1 | sram_layout.\"\": unknown field",
        "kv_bits | 8, \"a\\nb\" : 1 | \"a\\nb\": unknown field",
        "units | 256, \"a.b\" : 1 | sram_layout.\"a.b\": unknown field"})
    void theFieldIsNamedAsWrittenInTheFile(String key, String value, String message) {
        String json = GOOD.replaceFirst("\"" + key + "\" : [^,\\n]+",
                java.util.regex.Matcher.quoteReplacement("\"" + key + "\" : " + value));
        assertThat(json).isNotEqualTo(GOOD);
        assertThat(presetFailure(json)).hasMessage(message);
    }

    @Test
    void aModelTypeWithANewlineIsShownEscaped() {
        String json = HfJson.with("Meta-Llama-3-8B", "model_type", "\"lla\\nma\"");
        assertThatThrownBy(() -> HfConfig.parse(json, "x")).hasMessageStartingWith("model_type: unsupported \"lla\\nma\"");
    }
}
