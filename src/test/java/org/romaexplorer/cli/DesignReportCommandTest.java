package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignReportCommandTest {

    @Test
    void writesOneHtmlFileWithTheSettingsApplied(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("design.html");
        CliTest.Run r = CliTest.run("design-report", "--preset", "llama3-8b-int2", "--set", "sram_mb=64",
                "--style", "paper", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<td>sram_mb</td><td>64</td>")
                .contains("ROMA design report: llama3-8b-int2");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void pinsAreComparedInTheReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pins.html");
        CliTest.Run r = CliTest.run("design-report", "--preset", "llama3.2-3b-int4", "--out", out.toString(),
                "--pin", "small:sram_mb=144", "--pin", "big rank:sram_mb=576,lora_rank=32", "--pin", "same:");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<h2>Pinned designs</h2>")
                .contains("<th>small</th><th>Change vs small</th><th>big rank</th><th>Change vs big rank</th>"
                        + "<th>same</th><th>Change vs same</th>")
                .contains("<td>SRAM</td><td>MiB</td><td>288</td><td>144</td><td>+144 (+100.0%)</td>"
                        + "<td>576</td><td>−288 (−50.0%)</td><td>288</td><td>±0</td>")
                .contains("<td>LoRA rank</td><td></td><td>16</td><td>16</td><td>±0</td><td>32</td><td>−16 (−50.0%)</td>");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "sram_mb=144                   | error: --pin: expected NAME:key=value,…, got 'sram_mb=144'",
            "small:sram_mb                 | error: --pin small: expected key=value, got 'sram_mb'",
            "small:sram_mb=0               | error: --pin small: sram_mb:",
            "small:sram_mb=abc             | error: --pin small: sram_mb: must be a number, got 'abc'",
            "small:nope=1                  | error: --pin small: nope: unknown parameter",
            "' :sram_mb=1'                 | error: --pin: expected NAME:key=value"})
    void badPinIsOneLineNamingTheField(String pin, String message, @TempDir Path dir) {
        Path out = dir.resolve("x.html");
        CliTest.Run r = CliTest.run("design-report", "--preset", "llama3.2-3b-int4", "--out", out.toString(), "--pin", pin);
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).startsWith(message).hasLineCount(1);
        assertThat(out).doesNotExist();
    }

    @Test
    void aTakenPinNameIsRefused(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("design-report", "--preset", "llama3.2-3b-int4", "--out", dir.resolve("x.html").toString(),
                "--pin", "a:sram_mb=144", "--pin", "a:sram_mb=576");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("error: pin name: 'a' is already used\n");
    }

    @Test
    void missingFolderIsNamed(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("design-report", "--preset", "llama3-8b-int2", "--out", dir.resolve("no/x.html").toString());
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).startsWith("error: --out: directory does not exist");
    }
}
