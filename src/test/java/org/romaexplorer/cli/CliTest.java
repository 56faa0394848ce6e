package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = RomaCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode json(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void evalPrintsTheIssuesKeys() throws Exception {
        JsonNode j = json(run("eval", "--preset", "llama3.2-3b-int4", "--set", "sram_mb=64", "--json"));
        assertThat(j.get("max_tokens").asLong()).isEqualTo(736);
        for (String key : new String[] {"ttft_ms", "decode_tokens_per_s", "generation_tokens_per_s", "area_mm2",
                "power_w", "rom_bytes_required", "fits_in_rom"}) {
            assertThat(j.has(key)).as(key).isTrue();
        }
    }

    @Test
    void setChangesTheDesignPoint() throws Exception {
        JsonNode slow = json(run("eval", "--preset", "llama3-8b-int2", "--json"));
        JsonNode fast = json(run("eval", "--preset", "llama3-8b-int2", "--set", "clock_mhz=1000", "--json"));
        assertThat(fast.get("decode_tokens_per_s").asDouble()).isEqualTo(2 * slow.get("decode_tokens_per_s").asDouble(),
                org.assertj.core.api.Assertions.within(1e-6));
    }

    /** A name read from a file is one value on one line of the table, however it was written. */
    @Test
    void aModelNameWithANewlineStaysOnItsLineOfTheTable(@TempDir Path dir) throws Exception {
        String llama = Files.readString(Path.of("src/test/resources/hf/Meta-Llama-3-8B/config.json"));
        String config = "{\"_name_or_path\": \"evil\\nparams_total 1\"," + llama.substring(llama.indexOf('{') + 1);
        Path file = Files.writeString(dir.resolve("config.json"), config);
        Run r = run("model", "--hf-config", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).filteredOn(l -> l.startsWith("params_total")).hasSize(1);
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("name                       evil\\nparams_total 1");
    }

    @Test
    void modelCountsAnHfConfigExactly() throws Exception {
        JsonNode j = json(run("model", "--hf-config", "src/test/resources/hf/Meta-Llama-3-8B/config.json", "--kv-bits", "8", "--json"));
        assertThat(j.get("params_total").asLong()).isEqualTo(8_030_261_248L);
        assertThat(j.get("kv_bytes_per_token").asLong()).isEqualTo(65_536);
    }

    @Test
    void reportJsonHasEveryRowWithItsColumns() throws Exception {
        JsonNode j = json(run("report", "--json"));
        assertThat(j.size()).isGreaterThanOrEqualTo(25);
        for (String key : new String[] {"id", "what", "published", "modeled", "unit", "error_pct", "role"}) {
            assertThat(j.get(0).has(key)).as(key).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "eval --preset nope | preset: no bundled preset or file named 'nope'",
        "eval --preset llama3.2-3b-int4 --set lora_rank=3.5 | lora_rank: must be a whole number",
        "eval --preset llama3.2-3b-int4 --set sram_mb=-1 | sram_mb: must be from 1 byte to 1048576 MiB, got -1.0",
        "eval --preset llama3.2-3b-int4 --set warp=9 | warp: unknown parameter",
        "eval --preset llama3.2-3b-int4 --set kv_bits=5 | kv_bits: must be one of [4, 8, 16, 32]",
        "eval --preset llama3.2-3b-int4 --set rank | --set: expected key=value",
        "eval --preset llama3.2-3b-int4 --set input_len=abc | input_len: must be a number",
        "model --kv-bits 8 | Error: Missing required argument",
        "report --bogus | Unknown option"})
    void badInputFailsWithOneLineNamingTheField(String args, String message) {
        Run r = run(args.trim().split(" "));
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty | '' | error: preset: the file is empty",
        "array | [1, 2] | error: preset: must be a JSON object {…}, got array",
        "truncated | '{\"name\": \"x\",' | error: preset: not valid JSON at line 1"})
    void unusablePresetFileGivesOneLine(String what, String content, String message, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve(what + ".json");
        Files.writeString(bad, content);
        Run r = run("eval", "--preset", bad.toString());
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).startsWith(message).doesNotContain("\n\t");
    }

    @Test
    void binaryPresetFileIsNamedNotUtf8(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bin.json");
        Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3});
        Run r = run("eval", "--preset", bad.toString());
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("error: preset: not a UTF-8 text file: " + bad);
    }

    @Test
    void brokenPresetFileNamesTheField(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("presets/llama3.2-3b-int4.json"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, good.replace("\"rank\" : 16", "\"rank\" : 5000"));
        Run r = run("eval", "--preset", bad.toString());
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("error: lora.rank: must be in [0, 1024], got 5000");
    }
}
