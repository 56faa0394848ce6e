package org.romaexplorer.sweep;

/**
 * Sorts row numbers by their cost vectors, lexicographically, without boxing: a bottom-up merge sort
 * on int arrays. Values compare with {@code <}, so −0.0 equals 0.0; NaN must be filtered out first.
 */
final class IndexSort {
    private IndexSort() {}

    /** {@code rows} reordered so that their vectors ascend; a new array. */
    static int[] lexicographic(double[] v, int k, int[] rows) {
        int n = rows.length;
        int[] a = rows.clone();
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                merge(v, k, a, b, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n));
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(double[] v, int k, int[] src, int[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int o = lo; o < hi; o++) {
            if (j >= hi || (i < mid && compare(v, k, src[i], src[j]) <= 0)) {
                dst[o] = src[i++];
            } else {
                dst[o] = src[j++];
            }
        }
    }

    static int compare(double[] v, int k, int a, int b) {
        for (int j = 0; j < k; j++) {
            double x = v[a * k + j];
            double y = v[b * k + j];
            if (x < y) {
                return -1;
            }
            if (x > y) {
                return 1;
            }
        }
        return 0;
    }
}
