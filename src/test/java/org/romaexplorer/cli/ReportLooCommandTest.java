package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.report.LeaveOneOut;

class ReportLooCommandTest {

    @Test
    void updatesOnlyTheTableBetweenTheMarkers(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("fit.md");
        Files.writeString(doc, "# head\n" + LeaveOneOut.BEGIN + "\nold\n" + LeaveOneOut.END + "\ntail\n");
        CliTest.Run r = CliTest.run("report", "--loo", "--update-doc", doc.toString());
        assertThat(r.code()).isZero();
        String text = Files.readString(doc);
        assertThat(text).startsWith("# head\n").endsWith(LeaveOneOut.END + "\ntail\n").doesNotContain("old")
                .contains("| `power-total` | 33.1 W | 33.1 | 16.98 | -48.7% | energy scale = 1 |");
        assertThat(r.out()).contains("| `ttft-3b-4k` |");
    }

    @Test
    void aDocWithoutMarkersExitsWithOneLine(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("fit.md");
        Files.writeString(doc, "# nothing\n");
        CliTest.Run r = CliTest.run("report", "--loo", "--update-doc", doc.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("--update-doc");
        assertThat(Files.readString(doc)).isEqualTo("# nothing\n");
    }
}
