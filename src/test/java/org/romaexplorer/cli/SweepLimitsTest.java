package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep too large to finish, or aimed at something that is not a file, is refused before any work. */
class SweepLimitsTest {
    @TempDir
    Path dir;

    private CliTest.Run sweep(String out, String... vary) {
        String[] args = {"sweep", "--preset", "llama3.2-3b-int4", "--objectives", "area_mm2:min", "--out", out};
        String[] all = java.util.Arrays.copyOf(args, args.length + vary.length);
        System.arraycopy(vary, 0, all, args.length, vary.length);
        return CliTest.run(all);
    }

    private static void refusedInOneLine(CliTest.Run r, String message) {
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("error: " + message + System.lineSeparator());
    }

    /** Loads picocli, Jackson and the preset once, so the timed case measures the command, not class loading. */
    @BeforeAll
    static void warmUp() {
        CliTest.run("sweep", "--preset", "llama3.2-3b-int4", "--objectives", "area_mm2:min", "--out", "x.csv",
                "--vary", "lora_rank=1,2", "--max-points", "1");
    }

    @Test
    void aGridOfTenToTheElevenPointsIsRefusedWithinASecondNamingTheCount() {
        String out = dir.resolve("s.csv").toString();
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> sweep(out,
                "--vary", "input_len=1..100000:1", "--vary", "output_len=1..100000:1", "--vary", "lora_rank=1..10:1"));
        refusedInOneLine(r, "--vary: the grid has 100,000,000,000 points, more than the limit of 1,000,000,000 "
                + "(raise it with --max-points)");
        assertThat(Files.exists(dir.resolve("s.csv"))).isFalse();
    }

    @Test
    void maxPointsLowersAndRaisesTheLimit() {
        String out = dir.resolve("s.csv").toString();
        refusedInOneLine(sweep(out, "--vary", "lora_rank=1..10:1", "--max-points", "9"),
                "--vary: the grid has 10 points, more than the limit of 9 (raise it with --max-points)");
        assertThat(sweep(out, "--vary", "lora_rank=1..10:1", "--max-points", "10").code()).isZero();
        refusedInOneLine(sweep(out, "--vary", "lora_rank=1..10:1", "--max-points", "0"), "--max-points: must be at least 1, got 0");
    }

    @Test
    void aDirectoryAsOutIsRefusedNamingOut() {
        refusedInOneLine(sweep(dir.toString(), "--vary", "lora_rank=1,2"), "--out: is a directory, not a file: " + dir);
    }

    @Test
    void aDeviceAsOutIsRefusedAndLeftAlone() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        refusedInOneLine(sweep("/dev/null", "--vary", "lora_rank=1,2"),
                "--out: not a regular file (a device, pipe, socket or link): /dev/null");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aNamedPipeAsOutIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> sweep(fifo.toString(), "--vary", "lora_rank=1,2"));
        refusedInOneLine(r, "--out: not a regular file (a device, pipe, socket or link): " + fifo);
    }
}
