package org.romaexplorer.lunit;

/** Address decoder (ADec, paper Fig. 4): address -> one-hot wordlines A_0..A_{lines-1}. */
final class OneHotDecoder {
    private OneHotDecoder() {}

    static boolean[] decode(int address, int depth, int lines) {
        if (address < 0 || address >= depth) {
            throw new IllegalArgumentException("address: must be in 0.." + (depth - 1) + ", was " + address);
        }
        boolean[] a = new boolean[lines];
        a[address] = true;
        return a;
    }
}
