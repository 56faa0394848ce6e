package org.romaexplorer.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.romaexplorer.model.InvalidParameterException;

/**
 * The app's one way to write a file: whole or not at all. The text goes to a temporary file beside the
 * target, created like any new file (so the umask applies; when the target exists, the temporary takes its
 * permissions, as an overwrite in place would keep them), forced to disk, then renamed over the target
 * (atomically where the file system can). A failed or interrupted write leaves the old file (if any) untouched
 * and no temporary file behind.
 *
 * <p>A process killed mid-write (kill -9, a power cut) cannot clean up: its temporary file stays, named
 * {@code .TARGET.PID-START-N.tmp} (the writer's process id and start time in ms). The next write to the same
 * target removes every such file whose process is gone (no process with that id, or one that started at
 * another time), so a killed {@code sweep --out s.csv} is cleaned up by the next {@code sweep --out s.csv}.
 */
public final class AtomicFile {
    /** Writes the whole body; may throw, and then nothing replaces the target. */
    public interface Body {
        void write(Writer w) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    private static final long START_MS = startMs(ProcessHandle.current());
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private AtomicFile() {}

    /**
     * Refuses a target that a rename must not replace: a directory, a device such as {@code /dev/null}, a
     * named pipe; and a target whose folder does not exist. {@code field} names it in the message. Call it
     * before long work, so none is wasted; {@link #write} calls it again.
     */
    public static void checkTarget(String field, Path target) {
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

    /** Writes {@code text} as UTF-8. */
    public static void writeString(String field, Path target, String text) throws IOException {
        write(field, target, w -> w.write(text));
    }

    /** Writes what {@code body} writes, as UTF-8. */
    public static void write(String field, Path target, Body body) throws IOException {
        checkTarget(field, target);
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        removeStale(dir, name);
        Path tmp = dir.resolve("." + name + "." + PID + "-" + START_MS + "-" + SEQUENCE.incrementAndGet() + ".tmp");
        tmp.toFile().deleteOnExit(); // Ctrl+C and a normal exit run it; kill -9 does not (removeStale then does)
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    Writer w = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8.newEncoder(), 1 << 16))) {
                keepPermissions(target, tmp);
                body.write(w);
                w.flush();
                ch.force(true);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes the temporary files of {@code name} in {@code dir} left by processes that no longer run. */
    static void removeStale(Path dir, String name) throws IOException {
        Pattern own = Pattern.compile(Pattern.quote("." + name + ".") + "(\\d+)-(\\d+)-\\d+\\.tmp");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globQuote(name) + ".*.tmp")) {
            for (Path f : files) {
                Matcher m = own.matcher(f.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Whether the process {@code pid} that started at {@code startMs} (0: unknown) still runs. */
    static boolean running(long pid, long startMs) {
        return ProcessHandle.of(pid).map(p -> startMs == 0 || startMs(p) == 0 || startMs(p) == startMs).orElse(false);
    }

    private static long startMs(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String globQuote(String s) {
        return s.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (from != null && Files.isRegularFile(target)) {
            Files.getFileAttributeView(tmp, PosixFileAttributeView.class).setPermissions(from.readAttributes().permissions());
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
