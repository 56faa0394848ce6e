package org.romaexplorer.lunit;

import java.util.Objects;
import java.util.Random;

/**
 * ROM contents: D words of W bits, M_{i,j} = bit j of word i (paper Sec. III-C notation).
 * Widths up to 64 bits (one {@code long} per word). Immutable; arrays are copied.
 *
 * @param words the words, each with no bit set at or above {@code width}
 * @param width W, 1..{@value #MAX_WIDTH}
 */
public record RomWords(long[] words, int width) {
    public static final int MAX_WIDTH = 64;

    public RomWords {
        Objects.requireNonNull(words, "words");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width: must be in 1.." + MAX_WIDTH + ", was " + width);
        }
        if (words.length < 1) {
            throw new IllegalArgumentException("depth: must be >= 1, was " + words.length);
        }
        words = words.clone();
        for (int i = 0; i < words.length; i++) {
            if ((words[i] & ~mask(width)) != 0) {
                throw new IllegalArgumentException("words[" + i + "]: has bits above width " + width);
            }
        }
    }

    /** D words of uniformly random W-bit content. */
    public static RomWords random(int depth, int width, Random rng) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth: must be >= 1, was " + depth);
        }
        long[] words = new long[depth];
        for (int i = 0; i < depth; i++) {
            words[i] = rng.nextLong() & mask(Math.min(Math.max(width, 1), MAX_WIDTH));
        }
        return new RomWords(words, width);
    }

    @Override
    public long[] words() {
        return words.clone();
    }

    public int depth() {
        return words.length;
    }

    public long word(int address) {
        return words[address];
    }

    /** M_{i,j}; addresses at or beyond the depth read as 0 (padding). */
    public boolean bit(int address, int bit) {
        return address < words.length && ((words[address] >>> bit) & 1) != 0;
    }

    /** Mask of the low {@code width} bits. */
    public static long mask(int width) {
        return width >= Long.SIZE ? -1L : (1L << width) - 1;
    }
}
