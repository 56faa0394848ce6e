package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.io.OneCsvDialect;

/**
 * The sweep's rows are joined by hand on the hot path ({@link CsvRows}), and must still be the app's one CSV
 * dialect: the file, read back and printed again by the dialect's printer, is the same, byte for byte (with
 * its LF line ends); as with --pareto-only.
 */
class SweepCsvDialectTest {
    @TempDir
    Path dir;

    @Test
    void theHandWrittenRowsAreTheOneDialect() throws Exception {
        for (String only : new String[] {"", "--pareto-only"}) {
            Path out = dir.resolve("s" + only + ".csv");
            List<String> args = new java.util.ArrayList<>(List.of("sweep", "--preset", "llama3.2-3b-int4",
                    "--vary", "sram_mb=32..256:32", "--vary", "kv_bits=4,8,16", "--vary", "lora_rank=0,64",
                    "--set", "kv_overflow=spill", "--objectives", "area_mm2:min,max_tokens:max", "--out", out.toString()));
            if (!only.isEmpty()) {
                args.add(only);
            }
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            List<List<String>> records = OneCsvDialect.check(Files.readString(out));
            assertThat(records.get(0)).startsWith("sram_mb", "kv_bits", "lora_rank").endsWith("pareto");
            assertThat(records).hasSizeGreaterThan(1).allSatisfy(rec -> assertThat(rec).hasSameSizeAs(records.get(0)));
        }
    }
}
