package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.compare.Comparison;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.publish.DesignReport;

/**
 * Every output shows counts exactly and choices by name: the {@code eval} table, a sweep's CSV, the design report
 * and the comparison CSV, each held against {@code eval --json} for the same design (issue 23, item 1).
 */
class ExactOutputsTest {
    private static final String[] SET = {"--set", "sram_mb=100", "--set", "weight_cell=metal_rom", "--set", "kv_overflow=spill"};
    private static JsonNode json;

    @BeforeAll
    static void evalJson() throws Exception {
        CliTest.Run r = run("eval", "--json");
        assertThat(r.code()).isZero();
        json = new ObjectMapper().readTree(r.out());
    }

    private static CliTest.Run run(String... first) {
        String[] args = concat(concat(first, new String[] {"--preset", "llama3.2-3b-int4"}), SET);
        return CliTest.run(args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<Metric> counts() {
        return Metric.all().stream().filter(m -> m.kind() == Metric.Kind.COUNT).toList();
    }

    @Test
    void jsonCountsAreIntegers() {
        assertThat(json.get("params_total").asLong()).isEqualTo(3_212_749_824L);
        counts().forEach(m -> assertThat(json.get(m.key()).isIntegralNumber()).as(m.key()).isTrue());
    }

    @Test
    void theTableShowsEveryCountExactly() {
        String table = run("eval").out();
        for (Metric m : counts()) {
            String line = table.lines().filter(l -> l.startsWith(m.key() + " ")).findFirst().orElseThrow();
            assertThat(line.substring(m.key().length()).strip().replace(",", "")).as(m.key())
                    .isEqualTo(json.get(m.key()).asText());
        }
    }

    @Test
    void aSweepRowIsEvalsJsonWithChoicesByName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s.csv");
        assertThat(run("sweep", "--vary", "weight_cell=metal_rom", "--objectives", "area_mm2:min", "--out", out.toString())
                .code()).isZero();
        List<String> lines = Files.readAllLines(out);
        List<String> head = List.of(lines.get(0).split(","));
        List<String> row = List.of(lines.get(1).split(","));
        assertThat(row.get(head.indexOf("weight_cell"))).isEqualTo("metal_rom");
        for (Metric m : Metric.all()) {
            String cell = row.get(head.indexOf(m.key()));
            JsonNode v = json.get(m.key());
            if (m.kind() == Metric.Kind.AMOUNT) {
                assertThat(Double.parseDouble(cell)).as(m.key()).isEqualTo(v.asDouble());
            } else {
                assertThat(cell).as(m.key()).isEqualTo(v.asText());
            }
        }
    }

    @Test
    void theDesignReportShowsCountsExactlyAndChoicesByName() throws Exception {
        DesignPoint p = EvalCommand.apply(Models.llama3b(), List.of("sram_mb=100", "weight_cell=metal_rom", "kv_overflow=spill"));
        String html = DesignReport.html("t", p, FigureStyle.SCREEN);
        for (Metric m : counts()) {
            assertThat(html).as(m.key()).contains(String.format("%,d", json.get(m.key()).asLong()));
        }
        for (Param k : new Param[] {Params.of("weight_cell"), Params.of("kv_overflow"), Params.of("lm_head_in_rom")}) {
            assertThat(html).contains("<td>" + k.key() + "</td><td>" + k.text(k.get(p)) + "</td>");
        }
    }

    @Test
    void theComparisonCsvIsExactWithChoicesByName() {
        DesignPoint p = EvalCommand.apply(Models.llama3b(), List.of("sram_mb=100", "weight_cell=metal_rom", "kv_overflow=spill"));
        String csv = Comparison.of(p, new Pins(List.of(Pin.of("base", 0, Models.llama3b())))).text(',');
        assertThat(csv).contains("Parameters,,3212749824,3212749824,").contains("Weight cell,,metal_rom,fused,")
                .contains("ROM needed,bytes," + json.get("rom_bytes_required").asText() + ",");
    }
}
