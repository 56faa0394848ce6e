package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** File-system failures print as the path and what is wrong with it, never the bare path. */
class IoProblemTest {

    @Test
    void nioExceptionsThatCarryOnlyThePathAreSpelledOut() {
        assertThat(IoProblem.of(new FileAlreadyExistsException("figs"))).isEqualTo("figs: already exists (and is not a folder)");
        assertThat(IoProblem.of(new NoSuchFileException("a/b.csv"))).isEqualTo("a/b.csv: no such file or folder");
        assertThat(IoProblem.of(new AccessDeniedException("/root/x"))).isEqualTo("/root/x: permission denied");
    }

    @Test
    void aReasonOrAPlainMessageIsKept() {
        assertThat(IoProblem.of(new FileSystemException("f", null, "Read-only file system"))).isEqualTo("f: Read-only file system");
        assertThat(IoProblem.of(new IOException("disk full"))).isEqualTo("disk full");
        assertThat(IoProblem.of(new IOException())).isEqualTo("IOException");
    }

    @Test
    void figuresIntoAFileNamesOut() {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3.2-3b-int4", "--out", "README.md", "--format", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --out: is a file, not a folder: README.md");
    }

    @Test
    void figuresUnderAFileSaysWhatIsWrong() {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3.2-3b-int4", "--out", "README.md/figs", "--format", "csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).matches("error: \\S*README\\.md/figs: .+").doesNotContain("\n");
    }
}
