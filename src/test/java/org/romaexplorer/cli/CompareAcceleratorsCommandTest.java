package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code compare-accelerators}: four designs as published, eight rows on one model and node, in text and JSON. */
class CompareAcceleratorsCommandTest {

    @Test
    void theTablesNameEveryDesignAndBaselineAndWhatWasNormalized() {
        CliTest.Run r = CliTest.run("compare-accelerators", "--model", "taalas-hc1", "--node", "6");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("As published", "On Llama-3.1-8B at 6 nm, 1,024 in / 1,024 out", "Normalized:",
                "ROMA", "TOM", "BitROM", "Taalas HC1", "RTX 4090", "i5-1135G7", "H100 SXM", "M4 Max");
        String normalized = r.out().substring(r.out().indexOf("On Llama"));
        assertThat(normalized.lines().filter(l -> l.matches("(ROMA|TOM|BitROM|Taalas HC1) +Llama-3\\.1-8B +6 .*"))).hasSize(4);
    }

    @Test
    void jsonHasTheReferenceAndBothTables() throws Exception {
        CliTest.Run r = CliTest.run("compare-accelerators", "--json", "--input-len", "256", "--output-len", "512");
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.get("reference").get("model").asText()).isEqualTo("bitnet-b1.58-2B-4T");
        assertThat(n.get("reference").get("input_len").asInt()).isEqualTo(256);
        assertThat(n.get("published").size()).isEqualTo(4);
        assertThat(n.get("normalized").size()).isEqualTo(8);
        JsonNode gpu = n.get("normalized").get(4);
        assertThat(gpu.get("baseline").asBoolean()).isTrue();
        assertThat(gpu.get("area_mm2").isNull()).isTrue();
        assertThat(n.get("normalization").size()).isPositive();
    }

    @Test
    void figuresAreWrittenInTheAskedFormats(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("compare-accelerators", "--figures", dir.toString(), "--format", "svg,csv",
                "--style", "paper");
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : new String[] {"accelerators.svg", "accelerators.csv", "accelerators-profile.svg",
            "accelerators-profile.csv"}) {
            assertThat(Files.size(dir.resolve(f))).as(f).isPositive();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--node, 4, error: --node: must be one of 65, 28, 16, 12, 7, 6, 5, 3, got 4",
            "--model, nope, error: --model: no bundled preset or file named 'nope'",
            "--output-len, 0, error: --output-len: must be in"})
    void badOptionsAreOneLine(String option, String value, String message) {
        CliTest.Run r = CliTest.run("compare-accelerators", option, value);
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).startsWith(message).doesNotContain("\n");
    }
}
