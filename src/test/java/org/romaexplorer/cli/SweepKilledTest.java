package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL while it writes leaves its temporary file beside --out (nothing can run in a
 * killed process); the next sweep to the same --out removes it (docs/sweep.md).
 */
class SweepKilledTest {
    @TempDir
    Path dir;

    private List<Path> temporaries() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".big.csv.")).toList();
        }
    }

    @Test
    void theNextSweepToTheSameFileRemovesTheTemporaryOfAKilledOne() throws Exception {
        Path out = dir.resolve("big.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.romaexplorer.Main",
                "sweep", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=32..4096:2", "--vary", "clock_mhz=100..1000:10",
                "--objectives", "area_mm2:min,max_tokens:max", "--threads", "1", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(new File(dir.toFile(), "log.txt")).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaries().isEmpty() && p.isAlive() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(temporaries()).as("the sweep writes to a temporary file").hasSize(1);
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook runs
            p.waitFor();
        }
        assertThat(temporaries()).as("left by the killed sweep").hasSize(1);
        assertThat(out).doesNotExist();

        CliTest.Run r = CliTest.run("sweep", "--preset", "llama3.2-3b-int4", "--vary", "sram_mb=32,64",
                "--objectives", "area_mm2:min", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(temporaries()).isEmpty();
        assertThat(out).exists();
    }
}
