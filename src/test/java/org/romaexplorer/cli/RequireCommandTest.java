package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sweep --require}: points that miss a requirement stay off the front and say so in their row. */
class RequireCommandTest {
    @TempDir
    Path dir;

    @Test
    void theFrontHoldsOnlyPointsThatMeetEveryRequirement() throws Exception {
        Path out = dir.resolve("s.csv");
        CliTest.Run r = CliTest.run("sweep", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=128..1024:128",
                "--vary", "lora_rank=0,16,64", "--objectives", "area_mm2:min,max_tokens:max",
                "--require", "max_tokens>=8192", "--require", "area_mm2<=800", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String[]> csv = SweepCommandTest.readCsv(out);
        List<String> header = List.of(csv.get(0));
        int tokens = header.indexOf("max_tokens");
        int area = header.indexOf("area_mm2");
        int meets = header.indexOf("meets_requirements");
        assertThat(meets).isEqualTo(header.size() - 2);
        long front = 0;
        for (String[] row : csv.subList(1, csv.size())) {
            boolean ok = Long.parseLong(row[tokens]) >= 8192 && Double.parseDouble(row[area]) <= 800;
            assertThat(row[meets]).isEqualTo(String.valueOf(ok));
            if (row[row.length - 1].equals("true")) {
                assertThat(ok).isTrue();
                front++;
            }
        }
        // 8,192 tokens need 512 MiB at rank 0 (8 K × 56 KiB per token) and more with a rank; ≤ 800 mm² keeps ≤ 768 MiB
        assertThat(front).isPositive();
        assertThat(csv.stream().skip(1).filter(row -> row[meets].equals("false"))).isNotEmpty();
    }

    @Test
    void withoutRequirementsTheCsvKeepsItsColumns() throws Exception {
        Path out = dir.resolve("s.csv");
        assertThat(CliTest.run("sweep", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=128,256", "--objectives",
                "area_mm2:min", "--out", out.toString()).code()).isZero();
        assertThat(Files.readAllLines(out).get(0)).doesNotContain("meets_requirements").endsWith(",pareto");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "max_tokenz>=1; error: --require max_tokenz>=1: unknown metric 'max_tokenz'; known: params_total",
            "max_tokens=>1; error: --require max_tokens=>1: expected KEY>=VALUE",
            "area_mm2==3; error: --require area_mm2==3: == is for flags and counts",
    })
    void aBadRequirementIsOneLineNamingIt(String require, String message) {
        for (String command : List.of("sweep", "optimize")) {
            CliTest.Run r = CliTest.run(command, "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=128,256", "--objectives",
                    "area_mm2:min", "--require", require, "--out", dir.resolve("x.csv").toString());
            assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
            assertThat(r.err()).startsWith(message);
            assertThat(r.err().strip()).doesNotContain("\n");
            assertThat(dir.resolve("x.csv")).doesNotExist();
        }
    }
}
