package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Models;

class PresetIoTest {
    private static final String GOOD = PresetIo.toJson(Models.llama3b(), "t");

    @Test
    void bundledPresetsAreThePapersDesignPoints() {
        assertThat(PresetIo.bundled("llama3.2-3b-int4")).isEqualTo(Models.llama3b());
        assertThat(PresetIo.bundled("llama3-8b-int2")).isEqualTo(Models.llama8b());
    }

    @Test
    void writeThenReadRoundTripsAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.json");
        PresetIo.write(Models.llama8b(), "x", file);
        PresetIo.write(Models.llama8b(), "x", file);
        assertThat(PresetIo.read(file)).isEqualTo(Models.llama8b());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    /** It was saved -rw------- under umask 022 (Files.createTempFile's mode); now as any new file. */
    @Test
    void aSavedPresetGetsThePermissionsOfANormalFile(@TempDir Path dir) throws Exception {
        Path normal = Files.writeString(dir.resolve("normal.json"), "{}");
        Path file = dir.resolve("p.json");
        PresetIo.write(Models.llama3b(), "p", file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(normal));
    }

    @Test
    void presetMayPointAtAnHfConfig(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/hf/gemma-2-2b/config.json"), dir.resolve("gemma.json"));
        String json = GOOD.replaceFirst("(?s)\"model\" : \\{.*?\\},", "\"hf_config\" : \"gemma.json\",");
        Path file = dir.resolve("p.json");
        Files.writeString(file, json);
        assertThat(PresetIo.read(file).model().totalParams()).isEqualTo(2_614_341_888L);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"kv_bits\" : 8 | \"kv_bits\" : 7 | kv_bits",
        "\"kv_bits\" : 8 | \"kv_bits\" : \"8\" | kv_bits",
        "\"units\" : 256 | \"units\" : 0 | sram_layout.units",
        "\"input_len\" : 256 | \"input_len\" : -5 | workload.input_len",
        "\"hidden_size\" : 3072 | \"hidden_size\" : 3072, \"colour\" : 1 | model.colour",
        "\"base_bits\" : 4, | \"base_bits\" : 5, | quantization.base_bits",
        "\"lm_head_in_rom\" : true | \"lm_head_in_rom\" : 1 | quantization.lm_head_in_rom",
        "\"policy\" : \"reject\" | \"policy\" : 0 | kv_overflow.policy",
        "\"targets\" : [ \"q\", | \"targets\" : [ \"qq\", | lora.targets",
        "\"clock_mhz\" : 500.0 | \"clock_mhz\" : 0 | hardware.clock_mhz",
        "{ | [ | preset"})
    void badFieldIsNamed(String from, String to, String field) {
        String json = GOOD.replace(from, to == null ? "" : to);
        assertThat(json).isNotEqualTo(GOOD);
        assertThatThrownBy(() -> PresetIo.parse(json, null)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
