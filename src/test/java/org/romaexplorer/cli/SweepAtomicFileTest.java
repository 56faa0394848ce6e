package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepAtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "old\n");
        assertThatThrownBy(() -> AtomicFile.write("--out", out, w -> {
            w.write("half a row,");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(out)).isEqualTo("old\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFile() throws Exception {
        Path out = dir.resolve("new.csv");
        Files.writeString(out, "old\n");
        AtomicFile.write("--out", out, w -> w.write("new\n"));
        assertThat(Files.readString(out)).isEqualTo("new\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }
}
