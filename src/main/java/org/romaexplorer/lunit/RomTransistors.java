package org.romaexplorer.lunit;

/**
 * Analytic transistor counts of the two ROM structures (ROMA paper, Sec. III-C):
 * standard ROM D * W; B-ROM ceil(D/4) * (W + NUM_CGEN) with NUM_CGEN = {@link CGen#transistorCount()}.
 * Works for any W (the structural models go up to RomWords.MAX_WIDTH). Stateless and thread-safe.
 */
public final class RomTransistors {
    private RomTransistors() {}

    public static long standard(long depth, long width) {
        check(depth, width);
        return depth * width;
    }

    public static long blockRom(long depth, long width) {
        check(depth, width);
        long blocks = (depth + BlockRom.BLOCK - 1) / BlockRom.BLOCK;
        return blocks * (width + CGen.transistorCount());
    }

    /**
     * B-ROM / standard = ceil(D/4) (W + NUM_CGEN) / (D W); tends to 1/4 + NUM_CGEN / (4 W)
     * for D a multiple of 4, i.e. about 1/4 when W &gt;&gt; NUM_CGEN (paper: "approximately 1/4").
     */
    public static double ratio(long width, long depth) {
        return (double) blockRom(depth, width) / standard(depth, width);
    }

    private static void check(long depth, long width) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth: must be >= 1, was " + depth);
        }
        if (width < 1) {
            throw new IllegalArgumentException("width: must be >= 1, was " + width);
        }
    }
}
