package org.romaexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.romaexplorer.model.InvalidParameterException;

/**
 * The one way the app reads a user's file (presets, Hugging Face configs, a preset's {@code hf_config}):
 * regular files only, at most {@link #MAX_BYTES}, UTF-8 with or without a byte-order mark. The file's type
 * and size are checked before it is opened, so a directory, a device such as {@code /dev/zero} or a named
 * pipe is refused at once instead of read forever or waited on; the read itself stops one byte past the
 * limit. Every problem is an {@link InvalidParameterException} naming the given field.
 */
public final class InputFile {
    /** Largest file read: 4 MiB (presets and config.json files are a few KiB). */
    public static final int MAX_BYTES = 4 << 20;

    private InputFile() {}

    /** The file's text, without a leading byte-order mark. */
    public static String read(Path file, String field) {
        BasicFileAttributes a = attributes(file, field);
        if (a.isDirectory()) {
            throw new InvalidParameterException(field, "is a directory, not a file: " + file);
        }
        if (!a.isRegularFile()) {
            throw new InvalidParameterException(field, "not a regular file (a device, pipe or socket): " + file);
        }
        if (a.size() > MAX_BYTES) {
            throw tooLarge(field, file, a.size());
        }
        return decode(bytes(file, field), field, file);
    }

    /** {@code text} as a path, resolved against {@code dir} unless null; an unusable path names the field. */
    static Path path(String text, Path dir, String field) {
        try {
            return dir == null ? Path.of(text) : dir.resolve(text);
        } catch (InvalidPathException e) {
            throw new InvalidParameterException(field, "not a usable path: \"" + text + "\" (" + e.getReason() + ")");
        }
    }

    /** UTF-8 text (strict: malformed bytes are refused), without a leading byte-order mark. */
    static String decode(byte[] bytes, String field, Object source) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidParameterException(field, "not a UTF-8 text file: " + source);
        }
    }

    private static BasicFileAttributes attributes(Path file, String field) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InvalidParameterException(field, "no such file: " + file);
        } catch (IOException | SecurityException e) {
            throw cannotRead(field, file, e);
        }
    }

    private static byte[] bytes(Path file, String field) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(field, file, bytes.length);
            }
            return bytes;
        } catch (IOException | SecurityException e) {
            throw cannotRead(field, file, e);
        }
    }

    private static InvalidParameterException tooLarge(String field, Path file, long size) {
        return new InvalidParameterException(field, "too large: " + size + " bytes, more than the limit of "
                + MAX_BYTES + " (4 MiB): " + file);
    }

    private static InvalidParameterException cannotRead(String field, Path file, Exception e) {
        return new InvalidParameterException(field, "cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
}
