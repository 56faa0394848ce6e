package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.model.InvalidParameterException;

/** The app's one atomic writer: whole or not at all, a normal file's permissions, stale temporaries cleaned. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "old\n");
        assertThatThrownBy(() -> AtomicFile.write("--out", out, w -> {
            w.write("half a row,");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(out)).isEqualTo("old\n");
        assertThat(files()).containsExactly(out);
    }

    @Test
    void aWriteThatSucceedsReplacesTheFile() throws Exception {
        Path out = dir.resolve("new.csv");
        Files.writeString(out, "old\n");
        AtomicFile.writeString("--out", out, "new ✓\n");
        assertThat(Files.readString(out)).isEqualTo("new ✓\n");
        assertThat(files()).containsExactly(out);
    }

    /** Created as any new file is (the umask applies), not owner-only as Files.createTempFile would make it. */
    @Test
    void aNewFileGetsTheSamePermissionsAsAnyNewFile() throws Exception {
        Path normal = Files.writeString(dir.resolve("normal.txt"), "x");
        Path out = dir.resolve("atomic.txt");
        AtomicFile.writeString("f", out, "x");
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(normal));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path out = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.writeString("f", out, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw----");
    }

    @Test
    void refusesADirectoryADeviceAndAMissingFolder() {
        assertThatThrownBy(() -> AtomicFile.writeString("--out", dir, "x")).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("--out: is a directory");
        assertThatThrownBy(() -> AtomicFile.writeString("--out", Path.of("/dev/null"), "x"))
                .hasMessageStartingWith("--out: not a regular file");
        assertThatThrownBy(() -> AtomicFile.writeString("--out", dir.resolve("no/such.csv"), "x"))
                .hasMessageStartingWith("--out: directory does not exist");
    }

    /**
     * What a killed writer leaves: the next write to the same target removes the temporaries of processes that
     * are gone (a pid that no longer runs; a pid now used by a process that started at another time) and
     * keeps those of running writers, of other targets and files it did not make.
     */
    @Test
    void theNextWriteRemovesTheTemporariesOfDeadWritersOfTheSameTarget() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        long deadPid = gone.pid();
        long deadStart = gone.info().startInstant().map(Instant::toEpochMilli).orElse(1L);
        gone.waitFor();
        gone.onExit().get();
        ProcessHandle me = ProcessHandle.current();
        long myStart = me.info().startInstant().orElseThrow().toEpochMilli();
        Path out = dir.resolve("s.csv");
        Path dead = Files.writeString(dir.resolve(".s.csv." + deadPid + "-" + deadStart + "-1.tmp"), "88 MB");
        Path reused = Files.writeString(dir.resolve(".s.csv." + me.pid() + "-" + (myStart - 60_000) + "-3.tmp"), "x");
        Path live = Files.writeString(dir.resolve(".s.csv." + me.pid() + "-" + myStart + "-999.tmp"), "x");
        Path other = Files.writeString(dir.resolve(".t.csv." + deadPid + "-" + deadStart + "-1.tmp"), "x");
        Path foreign = Files.writeString(dir.resolve(".s.csv.backup.tmp"), "x");
        AtomicFile.writeString("--out", out, "new\n");
        assertThat(files()).containsExactlyInAnyOrder(out, live, other, foreign).doesNotContain(dead, reused);
    }
}
