package org.romaexplorer.fuzz;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Things a preset's {@code hf_config} (or a command's file argument) may point at that are not a small
 * UTF-8 config file: a directory, devices, a named pipe, a sparse 3 GiB file, binary and UTF-16 files, a
 * dangling and a looping symbolic link, a missing file, and path texts that are not usable at all.
 */
public final class BadFiles {
    private final List<String> targets = new ArrayList<>();

    public BadFiles(Path dir) throws IOException, InterruptedException {
        Path sub = Files.createDirectories(dir.resolve("a-directory"));
        targets.add(sub.toString());
        for (String dev : new String[] {"/dev/null", "/dev/zero", "/dev/urandom"}) {
            if (Files.exists(Path.of(dev))) {
                targets.add(dev);
            }
        }
        Path fifo = dir.resolve("pipe.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            targets.add(fifo.toString());
        }
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        targets.add(big.toString());
        targets.add(Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3}).toString());
        targets.add(Files.writeString(dir.resolve("utf16.json"), "{\"a\":1}", java.nio.charset.StandardCharsets.UTF_16).toString());
        targets.add(Files.writeString(dir.resolve("empty.json"), "").toString());
        targets.add(link(dir.resolve("dangling.json"), dir.resolve("nowhere")));
        targets.add(link(dir.resolve("loop.json"), dir.resolve("loop.json")));
        targets.addAll(List.of(dir.resolve("missing.json").toString(), "", ".", "..", "/", "a\u0000b.json",
                "x\ny.json", "\u202Egnp.json", "é/../../" + "d/".repeat(3000) + "c.json"));
    }

    private static String link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException e) {
            return target.toString();
        }
        return link.toString();
    }

    /** Every target, as the text a preset would hold. */
    public List<String> targets() { return targets; }
}
