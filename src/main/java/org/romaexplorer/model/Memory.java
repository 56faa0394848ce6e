package org.romaexplorer.model;

import java.util.Locale;

/**
 * The chip's three memories as sizes: each is held in whole bytes inside the model and written in its
 * display unit in presets, {@code --set} and the window ({@code rom_gib}, {@code sram_mb},
 * {@code intermediate_sram_mb}). A size must round to at least one byte, so no formula divides by an
 * empty memory, and stay under the memory's maximum, so no product of bytes overflows. Rejections name
 * the key and give the value in the unit the user wrote.
 */
public enum Memory {
    ROM("rom_gib", Constants.GIB, "GiB", 1L << 45),
    SRAM("sram_mb", Constants.MIB, "MiB", 1L << 40),
    INTERMEDIATE_SRAM("intermediate_sram_mb", Constants.MIB, "MiB", 1L << 40);

    private final String key;
    private final double unitBytes;
    private final String unit;
    private final long maxBytes;

    Memory(String key, double unitBytes, String unit, long maxBytes) {
        this.key = key;
        this.unitBytes = unitBytes;
        this.unit = unit;
        this.maxBytes = maxBytes;
    }

    public String key() { return key; }

    /** The display unit: GiB or MiB. */
    public String unit() { return unit; }

    /** The smallest size that rounds to one byte, in the display unit. */
    public double minSize() { return 0.5 / unitBytes; }

    /** The largest size, in the display unit. */
    public double maxSize() { return maxBytes / unitBytes; }

    /** Bytes of a size given in the display unit, rounded to the nearest byte; rejects what is out of range. */
    public long bytes(double size) {
        double b = size * unitBytes;
        if (!(b >= 0.5 && b <= maxBytes)) {
            throw rejected(String.valueOf(size));
        }
        return Math.round(b);
    }

    /** {@code bytes} itself, if in [1, max]. */
    public long check(long bytes) {
        if (bytes < 1 || bytes > maxBytes) {
            throw rejected(bytes + " bytes");
        }
        return bytes;
    }

    /** The size in its display unit. */
    public double size(long bytes) {
        return bytes / unitBytes;
    }

    private InvalidParameterException rejected(String got) {
        return new InvalidParameterException(key, String.format(Locale.ROOT, "must be from 1 byte to %d %s, got %s",
                Math.round(maxBytes / unitBytes), unit, got));
    }
}
