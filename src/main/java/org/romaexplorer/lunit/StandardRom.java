package org.romaexplorer.lunit;

import java.util.Objects;

/**
 * Standard mask ROM (paper Sec. III-C, Fig. 4 left): an address decoder drives one-hot wordlines
 * A_0..A_{D-1}; a transistor sits at every wordline x bitline crossing and is connected where
 * M_{i,j} = 1, giving {@code R_j = OR_{i=0..D-1} (A_i & M_{i,j})}.
 *
 * <p>Counting follows the paper: "a CMOS transistor is placed at each intersection point", so
 * {@link #transistorCount()} = D * W whatever the contents; {@link #connectedTransistorCount()}
 * counts only the connected ones (the 1 bits). Immutable and thread-safe.
 */
public final class StandardRom {
    private final RomWords contents;

    public StandardRom(RomWords contents) {
        this.contents = Objects.requireNonNull(contents, "contents");
    }

    public int depth() {
        return contents.depth();
    }

    public int width() {
        return contents.width();
    }

    /** D * W: one transistor per crossing (paper Sec. III-C). */
    public long transistorCount() {
        return RomTransistors.standard(depth(), width());
    }

    /** Crossings whose transistor is connected, i.e. the number of 1 bits stored. */
    public long connectedTransistorCount() {
        long n = 0;
        for (int i = 0; i < depth(); i++) {
            for (long limb : contents.limbs(i)) {
                n += Long.bitCount(limb);
            }
        }
        return n;
    }

    /** {@link #readWide} for widths up to 64: bit j of the long is R_j. */
    public long read(int address) {
        RomWords.narrowOnly(width());
        return readWide(address)[0];
    }

    /**
     * Evaluates the array: decodes the address to one-hot wordlines and ORs every row,
     * R = OR_i (A_i & M_i), all W bitlines in parallel, 64 per limb (bit j in limb j/64).
     */
    public long[] readWide(int address) {
        boolean[] a = OneHotDecoder.decode(address, depth(), depth());
        long[] r = new long[RomWords.limbCount(width())];
        for (int i = 0; i < a.length; i++) {
            long row = a[i] ? -1L : 0L;
            for (int k = 0; k < r.length; k++) {
                r[k] |= row & contents.limb(i, k);
            }
        }
        return r;
    }
}
