package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.romaexplorer.peers.PeerDesign;
import org.romaexplorer.peers.Peers;
import org.romaexplorer.report.ReportRow;

/** {@code report --preset NAME}: a peer design's own report in every format; ROMA's presets keep the paper's. */
class ReportPresetCommandTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"llama3.2-3b-int4", "llama3-8b-int2", "olmoe-1b-7b-int2", "bitnet-2b4t-ternary"})
    void romasPresetsGiveThePapersReportUnchanged(String preset) {
        CliTest.Run r = CliTest.run("report", "--preset", preset);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(CliTest.run("report").out());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"tom-bitnet2b, table", "tom-bitnet2b, md", "bitrom-falcon3-7b, html", "bitrom-falcon3-7b, csv",
            "taalas-hc1, tex", "taalas-hc1, table"})
    void aPeerReportHoldsEveryRowAndItsNotes(String preset, String format) {
        PeerDesign d = Peers.of(preset).orElseThrow();
        CliTest.Run r = CliTest.run("report", "--preset", preset, "--format", format);
        assertThat(r.code()).as(r.err()).isZero();
        for (ReportRow row : d.report().rows()) {
            assertThat(r.out()).contains(row.id());
        }
        if (!format.equals("csv")) {
            assertThat(r.out()).contains("Contradictions", "Unknowns");
        }
        assertThat(r.out()).doesNotContain("paper-fit: KV 8-bit"); // not ROMA's assumption line
    }

    @Test
    void jsonIsOneObjectWithRowsAndNotes() throws Exception {
        CliTest.Run r = CliTest.run("report", "--preset", "taalas-hc1", "--json");
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.get("design").asText()).isEqualTo("Taalas HC1");
        assertThat(n.get("rows").size()).isEqualTo(Peers.of("taalas-hc1").orElseThrow().report().rows().size());
        assertThat(n.get("rows").get(0).get("role").asText()).isEqualTo("calibration");
        assertThat(n.get("contradictions").size()).isPositive();
        assertThat(n.get("unknowns").size()).isPositive();
    }

    @Test
    void aPresetWithoutAReportIsOneLine() {
        CliTest.Run r = CliTest.run("report", "--preset", "mine.json");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("error: --preset: no report for 'mine.json'").doesNotContain("\n");
    }
}
