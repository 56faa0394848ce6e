package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;

class SweepCommandTest {
    private static final String OBJECTIVES = "area_mm2:min,decode_tokens_per_s:max,max_tokens:max,power_w:min";

    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** A CSV without quoting: header fields, then rows of fields. */
    static List<String[]> readCsv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private CliTest.Run sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=32..256:32",
                "--vary", "lora_rank=0,16,64", "--vary", "clock_mhz=250,500", "--objectives", OBJECTIVES, "--out", out.toString()));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void everyRowRoundTripsToTheValuesEvalComputes() throws Exception {
        Path out = dir.resolve("s.csv");
        CliTest.Run r = sweep(out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("48 points, ").contains("on the Pareto front");
        List<String[]> csv = readCsv(out);
        DesignPoint base = PresetIo.load("llama3.2-3b-int4");
        List<String> header = new ArrayList<>(List.of("sram_mb", "lora_rank", "clock_mhz"));
        header.addAll(Evaluator.evaluate(base).asMap().keySet());
        header.add("pareto");
        assertThat(csv.get(0)).containsExactlyElementsOf(header);
        assertThat(csv).hasSize(49);
        for (String[] row : csv.subList(1, csv.size())) {
            DesignPoint p = Knobs.CLOCK_MHZ.set(Knobs.LORA_RANK.set(Knobs.SRAM_MB.set(base,
                    Double.parseDouble(row[0])), Double.parseDouble(row[1])), Double.parseDouble(row[2]));
            Map<String, Object> expected = Evaluator.evaluate(p).asMap();
            int col = 3;
            for (Object v : expected.values()) {
                assertThat(parse(row[col++], v)).as(header.get(col - 1)).isEqualTo(v);
            }
            assertThat(row[col]).isIn("true", "false");
        }
    }

    @Test
    void paretoOnlyWritesExactlyTheRowsFlaggedTrue() throws Exception {
        Path all = dir.resolve("all.csv");
        Path front = dir.resolve("front.csv");
        assertThat(sweep(all).code()).isZero();
        assertThat(sweep(front, "--pareto-only").code()).isZero();
        List<String> flagged = Files.readAllLines(all).stream().filter(l -> l.endsWith(",true")).toList();
        List<String> frontLines = Files.readAllLines(front);
        assertThat(frontLines.subList(1, frontLines.size())).containsExactlyElementsOf(flagged).isNotEmpty();
    }

    @Test
    void oneThreadAndManyThreadsWriteTheSameFile() throws Exception {
        Path one = dir.resolve("one.csv");
        Path many = dir.resolve("many.csv");
        assertThat(sweep(one, "--threads", "1").code()).isZero();
        assertThat(sweep(many, "--threads", "3").code()).isZero();
        assertThat(Files.readString(many)).isEqualTo(Files.readString(one));
    }

    @Test
    void progressGoesToStderrOnlyWhenAsked() {
        CliTest.Run quiet = sweep(dir.resolve("q.csv"));
        CliTest.Run loud = sweep(dir.resolve("l.csv"), "--progress");
        assertThat(quiet.err()).isEmpty();
        assertThat(loud.err()).contains("sweep front 100.0%").contains("sweep rows 100.0%");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "--vary sram_mb=                   | --vary sram_mb: no values",
        "--vary sram_mb=256..64:32         | --vary sram_mb: empty range: LO 256 > HI 64",
        "--vary warp=1..4:1                | --vary warp: unknown parameter",
        "--vary lora_rank=8..64:0          | --vary lora_rank: step must be > 0",
        "--vary lora_rank=8..64:-8         | --vary lora_rank: step must be > 0",
        "--vary input_len=1..1048576:1     | --vary input_len: too many points",
        "--vary kv_bits=4..8:1             | kv_bits: must be one of [4, 8, 16, 32]",
        "--vary sram_mb=0,64               | --vary sram_mb: must be from 1 byte",
        "--vary sram_mb=64 --vary sram_mb=128 | --vary sram_mb: given more than once",
        "--vary sram_mb=64 --objectives area:min | --objectives: unknown metric 'area'",
        "--vary sram_mb=64 --objectives area_mm2:up | --objectives: area_mm2: direction must be min or max",
        "--vary sram_mb=64 --threads 0     | --threads: must be in 1..1024",
        "--vary sram_mb=64 --out no/such/dir/x.csv | --out: directory does not exist"})
    void badInputExitsTwoWithOneLineAndWritesNothing(String args, String message) throws Exception {
        List<String> all = new ArrayList<>(List.of("sweep", "--preset", "llama3.2-3b-int4"));
        all.addAll(Arrays.asList(args.trim().split(" +")));
        if (!args.contains("--objectives")) {
            all.addAll(List.of("--objectives", OBJECTIVES));
        }
        if (!args.contains("--out")) {
            all.addAll(List.of("--out", dir.resolve("bad.csv").toString()));
        }
        CliTest.Run r = run(all.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingVaryIsAUsageError() {
        CliTest.Run r = run("sweep", "--preset", "llama3.2-3b-int4", "--objectives", OBJECTIVES, "--out", dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).contains("Missing required option: '--vary");
    }

    private static Object parse(String text, Object like) {
        if (like instanceof Long) {
            return Long.parseLong(text);
        }
        if (like instanceof Boolean) {
            return Boolean.parseBoolean(text);
        }
        return Double.parseDouble(text);
    }
}
