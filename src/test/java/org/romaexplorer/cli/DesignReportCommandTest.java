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
    void missingFolderIsNamed(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("design-report", "--preset", "llama3-8b-int2", "--out", dir.resolve("no/x.html").toString());
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).startsWith("error: --out: directory does not exist");
    }
}
