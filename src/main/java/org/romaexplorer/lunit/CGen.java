package org.romaexplorer.lunit;

/**
 * Candidate generator of one B-ROM block (paper Sec. III-C, Fig. 4 right): from the block's four
 * one-hot address lines A_{4b+i} it makes 16 candidate lines
 * <pre>  C_k = OR_{i=0..3} (A_{4b+i} & bit_i(k)),   k = 0..15. </pre>
 * It is built as a fixed 4 x 16 OR plane, like the ROM array, in which line i is connected to
 * candidate k exactly when bit i of k is 1.
 *
 * <p><b>NUM_CGEN</b> = number of connected crossings = sum_k popcount(k) = 4 lines x 8
 * candidates each = 32. Unlike the programmable array, the CGen's pattern is the same in every
 * block, so unconnected crossings need no transistor (counting all 64 crossings would mirror
 * the standard-ROM convention instead); C_0 is tied to 0 and needs none; each single-line
 * candidate still gets one transistor as a driver of its own candidate line (treating those
 * four as bare wires would give 28). Stateless and thread-safe.
 */
public final class CGen {
    public static final int LINES = 4;
    public static final int CANDIDATES = 1 << LINES;

    /** LINE_FANOUT[i] bit k = whether line i is connected to candidate k. */
    private static final int[] LINE_FANOUT = buildPlane();

    private CGen() {}

    private static int[] buildPlane() {
        int[] fanout = new int[LINES];
        for (int i = 0; i < LINES; i++) {
            for (int k = 0; k < CANDIDATES; k++) {
                fanout[i] |= ((k >> i) & 1) << k;
            }
        }
        return fanout;
    }

    /** Whether a transistor connects address line {@code line} to candidate {@code candidate}. */
    public static boolean connected(int line, int candidate) {
        return ((LINE_FANOUT[line] >> candidate) & 1) != 0;
    }

    /** NUM_CGEN: transistors of the plane, counted from its connections (= 32). */
    public static int transistorCount() {
        int n = 0;
        for (int fanout : LINE_FANOUT) {
            n += Integer.bitCount(fanout);
        }
        return n;
    }

    /**
     * Evaluates the plane for lines {@code a[offset..offset+3]}: bit k of the result is C_k,
     * computed for all 16 candidates in parallel as OR_i (A_i & fanout_i).
     */
    public static int candidates(boolean[] a, int offset) {
        int c = 0;
        for (int i = 0; i < LINES; i++) {
            c |= (a[offset + i] ? -1 : 0) & LINE_FANOUT[i];
        }
        return c;
    }
}
