package org.romaexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.romaexplorer.cli.ReportCommand;

/**
 * The report against {@code src/test/resources/golden/report.txt}, produced by
 * {@code java -jar target/roma-dse.jar report} and checked by hand against the paper: the number rows
 * against the paper's tables and text, the {@code claim-} rows (added with issue 12) against the sentence
 * each quotes and the threshold docs/paper-fit.md reads it as; the four failing claims are explained there.
 * To accept a
 * deliberate model change, regenerate it with {@code -Dgolden.update=true} and review the diff.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/report.txt");

    @Test
    void reportMatchesGoldenFile() throws IOException {
        String actual = ReportCommand.text(PaperReport.rows()) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
