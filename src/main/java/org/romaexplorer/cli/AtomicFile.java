package org.romaexplorer.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Writes a file whole or not at all: into a temporary file beside it (created like any new file, so the
 * umask applies), then renamed over it. A failed or interrupted write leaves the old file (if any)
 * untouched and no temporary file behind.
 */
final class AtomicFile {
    interface Body {
        void write(Writer w) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Refuses a target that a rename must not replace: a directory, a device such as {@code /dev/null}, a
     * named pipe; and a target whose folder does not exist. Call it before the work, so none is wasted.
     */
    static void checkTarget(String field, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InvalidParameterException(field, "directory does not exist: " + dir);
        }
        if (Files.isDirectory(target)) {
            throw new InvalidParameterException(field, "is a directory, not a file: " + target);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidParameterException(field, "not a regular file (a device, pipe, socket or link): " + target);
        }
    }

    static void write(String field, Path target, Body body) throws IOException {
        checkTarget(field, target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        tmp.toFile().deleteOnExit();
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                body.write(w);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
