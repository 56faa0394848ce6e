package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;

class OptimizeCommandTest {
    @TempDir
    Path dir;

    static JsonNode json(CliTest.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static CliTest.Run optimize(String... extra) {
        List<String> args = new ArrayList<>(List.of("optimize", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=16..2048:32",
                "--vary", "lora_rank=0..256:16", "--vary", "clock_mhz=100..1000:100",
                "--objectives", "power_w:min,decode_tokens_per_s:max,lora_bytes:max", "--require", "max_tokens>=8192"));
        args.addAll(Arrays.asList(extra));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void printsHypervolumeEvaluationsAndTheExhaustiveHypervolume() throws Exception {
        Path out = dir.resolve("front.csv");
        JsonNode j = json(optimize("--evaluations", "1500", "--seed", "3", "--compare-exhaustive", "--json",
                "--reference", "power_w=100,decode_tokens_per_s=0,lora_bytes=0", "--out", out.toString()));
        assertThat(j.get("evaluations").asLong()).isEqualTo(1500);
        assertThat(j.get("exhaustive_points").asLong()).isEqualTo(64L * 17 * 10);
        double hv = j.get("hypervolume").asDouble();
        double exact = j.get("exhaustive_hypervolume").asDouble();
        assertThat(hv).isPositive().isLessThanOrEqualTo(exact);
        assertThat(j.get("hypervolume_ratio").asDouble()).isEqualTo(hv / exact);
        assertThat(j.get("reference").get("power_w").asDouble()).isEqualTo(100);
        // the CSV holds the front: each row re-evaluates to its metrics and meets the requirement
        List<String[]> csv = SweepCommandTest.readCsv(out);
        assertThat(csv).hasSize(j.get("front_size").asInt() + 1);
        List<String> header = List.of(csv.get(0));
        DesignPoint base = PresetIo.load("llama3.2-3b-int4");
        for (String[] row : csv.subList(1, csv.size())) {
            DesignPoint p = Knobs.CLOCK_MHZ.set(Knobs.LORA_RANK.set(Knobs.SRAM_MB.set(base,
                    Double.parseDouble(row[0])), Double.parseDouble(row[1])), Double.parseDouble(row[2]));
            assertThat(Evaluator.evaluate(p).maxTokens()).isGreaterThanOrEqualTo(8192);
            assertThat(Double.parseDouble(row[header.indexOf("power_w")])).isEqualTo(Evaluator.evaluate(p).powerW());
        }
    }

    @Test
    void theSameSeedPrintsTheSameFront() throws Exception {
        JsonNode a = json(optimize("--evaluations", "800", "--seed", "11", "--json", "--threads", "1"));
        JsonNode b = json(optimize("--evaluations", "800", "--seed", "11", "--json", "--threads", "2"));
        assertThat(b.get("hypervolume")).isEqualTo(a.get("hypervolume"));
        assertThat(b.get("front_size")).isEqualTo(a.get("front_size"));
        assertThat(b.get("reference")).isEqualTo(a.get("reference"));
    }

    @Test
    void oneObjectiveSeeksTheBestDesign() throws Exception {
        // The smallest chip with an 8 K context: rank 0, the least SRAM that holds 8,192 tokens of KV (56 KiB each)
        JsonNode j = json(CliTest.run("optimize", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=16..2048",
                "--vary", "lora_rank=0..256", "--objectives", "area_mm2:min", "--require", "max_tokens>=8192",
                "--evaluations", "3000", "--json"));
        JsonNode best = j.get("best");
        assertThat(best.get("lora_rank").asLong()).isZero();
        DesignPoint p = Knobs.SRAM_MB.set(PresetIo.load("llama3.2-3b-int4"), 0.0 + best.get("sram_mb").asDouble());
        assertThat(Evaluator.evaluate(Knobs.LORA_RANK.set(p, 0)).maxTokens()).isGreaterThanOrEqualTo(8192);
        assertThat(best.get("area_mm2").asDouble()).isEqualTo(Evaluator.evaluate(Knobs.LORA_RANK.set(p, 0)).areaMm2());
    }

    @Test
    void textOutputSaysWhatItFound() {
        CliTest.Run r = optimize("--evaluations", "500", "--compare-exhaustive");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("NSGA-II (Jenetics), seed 1: 500 evaluations")
                .contains("requirements: max_tokens>=8192").contains("hypervolume ").contains("exhaustive: 10,880 points")
                .contains("of the evaluations");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "--evaluations=0; error: --evaluations: must be at least 1",
            "--reference=power_w=1; error: --reference: give a finite value for every objective; missing decode_tokens_per_s",
            "--reference=area_mm2=1,power_w=1,decode_tokens_per_s=0,lora_bytes=0; error: --reference: not an objective: area_mm2",
            "--max-points=10; error: --compare-exhaustive: the space has 10,880 points",
    })
    void badOptionsAreOneLine(String option, String message) {
        CliTest.Run r = optimize(option, "--compare-exhaustive");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).startsWith(message);
    }

    @Test
    void aContinuousKnobCannotBeComparedExhaustively() {
        CliTest.Run r = CliTest.run("optimize", "--preset", "llama3.2-3b-int4", "--vary", "clock_mhz=100..1000",
                "--objectives", "power_w:min,decode_tokens_per_s:max", "--compare-exhaustive");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).startsWith("error: --compare-exhaustive: every --vary must be a list");
    }
}
