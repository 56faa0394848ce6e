package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.InvalidParameterException;

/** The one file reader refuses what is not a small regular UTF-8 file, at once and in one line. */
class InputFileTest {
    @TempDir
    Path dir;

    private static void refused(Path file, String problem) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> InputFile.read(file, "preset"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("preset: " + problem + ": " + file));
    }

    @Test
    void aDirectoryIsRefused() {
        refused(dir, "is a directory, not a file");
    }

    @ParameterizedTest
    @CsvSource({"/dev/null", "/dev/zero", "/dev/urandom"})
    void aDeviceIsRefusedWithoutReadingIt(String device) {
        assumeTrue(Files.exists(Path.of(device)));
        refused(Path.of(device), "not a regular file (a device, pipe or socket)");
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        refused(fifo, "not a regular file (a device, pipe or socket)");
    }

    @Test
    void aFileOverTheCapIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GiB of size, no disk used
        }
        refused(big, "too large: 3221225472 bytes, more than the limit of 4194304 (4 MiB)");
    }

    @Test
    void aMissingFileIsNamed() {
        refused(dir.resolve("none.json"), "no such file");
    }

    @Test
    void aPathWithANulCharacterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> InputFile.path("a\u0000b.json", dir, "hf_config"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("hf_config: not a usable path: \"a\\u0000b.json\"");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        Path f = dir.resolve("bom.json");
        Files.write(f, ("\uFEFF{}").getBytes(StandardCharsets.UTF_8));
        assertThat(InputFile.read(f, "preset")).isEqualTo("{}");
    }

    @Test
    void utf16IsRefusedAsNotUtf8() throws Exception {
        Path f = dir.resolve("utf16.json");
        Files.write(f, "{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_16));
        refused(f, "not a UTF-8 text file");
    }
}
