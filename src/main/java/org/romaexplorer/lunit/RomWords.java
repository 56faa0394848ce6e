package org.romaexplorer.lunit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * ROM contents: D words of W bits, M_{i,j} = bit j of word i (paper Sec. III-C notation). Any width up to
 * {@value #MAX_WIDTH} bits, each word held as ⌈W/64⌉ 64-bit limbs, bit j in limb j/64 at position j%64 (so
 * the area model's W = 256 and wider can be built). Immutable; arrays are copied in and out.
 */
public final class RomWords {
    public static final int MAX_WIDTH = 4096;
    private final long[][] limbs;
    private final int width;

    /** Words of up to 64 bits, one {@code long} each. */
    public RomWords(long[] words, int width) {
        this(narrow(words, width), width);
    }

    private RomWords(long[][] limbs, int width) {
        checkWidth(width);
        if (limbs.length < 1) {
            throw new IllegalArgumentException("depth: must be >= 1, was " + limbs.length);
        }
        this.width = width;
        this.limbs = new long[limbs.length][];
        for (int i = 0; i < limbs.length; i++) {
            if (limbs[i].length != limbCount(width) || (limbs[i][limbs[i].length - 1] & ~mask(topBits(width))) != 0) {
                throw new IllegalArgumentException("words[" + i + "]: has bits above width " + width);
            }
            this.limbs[i] = limbs[i].clone();
        }
    }

    /** Words of any width, each as ⌈W/64⌉ limbs (low bits first). */
    public static RomWords wide(long[][] limbs, int width) {
        return new RomWords(Objects.requireNonNull(limbs, "words"), width);
    }

    private static long[][] narrow(long[] words, int width) {
        Objects.requireNonNull(words, "words");
        if (width > Long.SIZE) {
            throw new IllegalArgumentException("width: one long per word holds 1..64 bits, was " + width);
        }
        long[][] l = new long[words.length][];
        for (int i = 0; i < words.length; i++) {
            l[i] = new long[] {words[i]};
        }
        return l;
    }

    /** D words of uniformly random W-bit content. */
    public static RomWords random(int depth, int width, Random rng) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth: must be >= 1, was " + depth);
        }
        checkWidth(width);
        long[][] l = new long[depth][limbCount(width)];
        for (long[] word : l) {
            for (int k = 0; k < word.length; k++) {
                word[k] = rng.nextLong();
            }
            word[word.length - 1] &= mask(topBits(width));
        }
        return new RomWords(l, width);
    }

    public int width() {
        return width;
    }

    public int depth() {
        return limbs.length;
    }

    /** Word {@code address} as one {@code long}; only for widths up to 64. */
    public long word(int address) {
        narrowOnly(width);
        return limbs[address][0];
    }

    /** Word {@code address} as ⌈W/64⌉ limbs, low bits first (a copy). */
    public long[] limbs(int address) {
        return limbs[address].clone();
    }

    /** Limb {@code k} of word {@code address} (bits 64k … 64k+63), no copy. */
    public long limb(int address, int k) {
        return limbs[address][k];
    }

    /** M_{i,j}; addresses at or beyond the depth read as 0 (padding). */
    public boolean bit(int address, int bit) {
        return address < limbs.length && ((limbs[address][bit >>> 6] >>> (bit & 63)) & 1) != 0;
    }

    /** Limbs of a W-bit word: ⌈W/64⌉. */
    public static int limbCount(int width) {
        return (width + Long.SIZE - 1) / Long.SIZE;
    }

    /** Mask of the low {@code width} bits (all 64 for 64 and more). */
    public static long mask(int width) {
        return width >= Long.SIZE ? -1L : (1L << width) - 1;
    }

    private static int topBits(int width) {
        return width - (limbCount(width) - 1) * Long.SIZE;
    }

    /** Fails for widths that do not fit one {@code long}. */
    static void narrowOnly(int width) {
        if (width > Long.SIZE) {
            throw new IllegalStateException("width " + width + " does not fit a long; read the limbs");
        }
    }

    private static void checkWidth(int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width: must be in 1.." + MAX_WIDTH + ", was " + width);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RomWords r && r.width == width && Arrays.deepEquals(r.limbs, limbs);
    }

    @Override
    public int hashCode() {
        return 31 * width + Arrays.deepHashCode(limbs);
    }
}
