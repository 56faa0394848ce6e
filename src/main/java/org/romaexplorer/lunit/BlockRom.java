package org.romaexplorer.lunit;

import java.util.Objects;

/**
 * B-ROM, the block ROM of the ROMA paper (Sec. III-C, Fig. 4 right). Addresses are grouped in
 * blocks of four; per block a {@link CGen} turns the four one-hot lines into 16 candidates C_k,
 * and output bit j of block b is the candidate selected by the block's 4-bit column content
 * {@code k_{b,j} = sum_i M_{4b+i,j} 2^i}. Since OR is associative,
 * <pre>  R_j = OR_b C^{(b)}_{k_{b,j}} = OR_b OR_i (A_{4b+i} & M_{4b+i,j}),  </pre>
 * the same word as the standard ROM. Transistors: D/4 * (W + NUM_CGEN), one per (block, bit)
 * selection plus one CGen per block.
 *
 * <p><b>Depth not a multiple of 4</b>: the last block is padded with all-zero words at addresses
 * D..4*ceil(D/4)-1; they cannot be addressed, and the count uses ceil(D/4) blocks (a padded
 * block still needs its CGen and its W selections). Immutable and thread-safe.
 */
public final class BlockRom {
    public static final int BLOCK = CGen.LINES;

    private final int depth;
    private final int width;
    private final byte[][] content;

    public BlockRom(RomWords words) {
        Objects.requireNonNull(words, "words");
        this.depth = words.depth();
        this.width = words.width();
        this.content = new byte[blocks()][width];
        for (int b = 0; b < content.length; b++) {
            for (int j = 0; j < width; j++) {
                content[b][j] = (byte) columnContent(words, b, j);
            }
        }
    }

    private static int columnContent(RomWords words, int block, int bit) {
        int k = 0;
        for (int i = 0; i < BLOCK; i++) {
            k |= (words.bit(BLOCK * block + i, bit) ? 1 : 0) << i;
        }
        return k;
    }

    public int depth() {
        return depth;
    }

    public int width() {
        return width;
    }

    /** ceil(D / 4). */
    public int blocks() {
        return (depth + BLOCK - 1) / BLOCK;
    }

    /** k_{b,j}: which candidate output bit j of block b is wired to (0..15). */
    public int blockContent(int block, int bit) {
        return content[block][bit];
    }

    /** ceil(D/4) * (W + NUM_CGEN). */
    public long transistorCount() {
        return RomTransistors.blockRom(depth, width);
    }

    /**
     * Evaluates the structure (all W bits, 64 per limb, bit j in limb j/64): decode to one-hot lines (padded), run every block's CGen, select
     * C_{k_{b,j}} per output bit and OR over blocks. A block whose candidates are all 0 selects
     * 0 on every bit and is skipped, which does not change the OR.
     */
    public long[] readWide(int address) {
        boolean[] a = OneHotDecoder.decode(address, depth, blocks() * BLOCK);
        long[] r = new long[RomWords.limbCount(width)];
        for (int b = 0; b < content.length; b++) {
            int c = CGen.candidates(a, BLOCK * b);
            if (c != 0) {
                select(content[b], c, r);
            }
        }
        return r;
    }

    /** {@link #readWide} for widths up to 64: bit j of the long is R_j. */
    public long read(int address) {
        RomWords.narrowOnly(width);
        return readWide(address)[0];
    }

    /** ORs C_{k_{b,j}} into bit j of {@code out} (limb j/64). */
    private void select(byte[] blockContent, int candidates, long[] out) {
        for (int j = 0; j < width; j++) {
            out[j >>> 6] |= (long) ((candidates >>> blockContent[j]) & 1) << (j & 63);
        }
    }
}
