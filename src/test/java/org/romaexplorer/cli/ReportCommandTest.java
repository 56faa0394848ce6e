package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;

class ReportCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "csv", "md", "html", "tex", "CSV"})
    void everyFormatPrintsEveryRow(String format) {
        CliTest.Run r = CliTest.run("report", "--format", format);
        assertThat(r.code()).as(r.err()).isZero();
        for (ReportRow row : PaperReport.rows()) {
            assertThat(r.out()).contains(row.id());
        }
    }

    @Test
    void jsonFlagIsAnAliasOfFormatJson() {
        assertThat(CliTest.run("report", "--json").out()).isEqualTo(CliTest.run("report", "--format", "json").out());
    }

    @Test
    void outWritesTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("report.md");
        CliTest.Run r = CliTest.run("report", "--format", "md", "--out", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(f)).isEqualTo(CliTest.run("report", "--format", "md").out());
    }

    @Test
    void unknownFormatIsOneLine() {
        CliTest.Run r = CliTest.run("report", "--format", "docx");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("error: --format: unknown format 'docx'; allowed: table, json, csv, md, html, tex");
    }
}
