package org.romaexplorer.figures;

import java.util.Arrays;

/**
 * Counts of positive values in bins of equal width on a log10 scale, {@code binsPerDecade} to a decade, spanning
 * whole bins from the smallest to the largest positive finite value. Nothing is dropped, so the counts add up to
 * the number of values: zeros (exact results) have no place on a log axis and are counted apart in {@link #zeros},
 * +Infinity and NaN fall in the last bin.
 * Immutable; the accessors return copies.
 *
 * @param lower lower edge of each bin
 * @param upper upper edge of each bin ({@code upper[i] == lower[i + 1]} up to rounding)
 * @param counts values in each bin
 * @param zeros values equal to 0
 */
public record LogHistogram(double[] lower, double[] upper, int[] counts, int zeros) {
    /** Bins are capped so a freak value cannot make thousands of them. */
    public static final int MAX_BINS = 400;

    public LogHistogram {
        lower = lower.clone();
        upper = upper.clone();
        counts = counts.clone();
        if (zeros < 0) {
            throw new IllegalArgumentException("zeros: must be >= 0, was " + zeros);
        }
        if (lower.length == 0 || lower.length != upper.length || lower.length != counts.length) {
            throw new IllegalArgumentException("bins: lower, upper and counts must have the same non-zero length");
        }
    }

    /** Bins {@code values} at {@code binsPerDecade} bins per decade (at least 1). */
    public static LogHistogram of(double[] values, int binsPerDecade) {
        if (binsPerDecade < 1) {
            throw new IllegalArgumentException("binsPerDecade: must be >= 1, was " + binsPerDecade);
        }
        double[] positive = Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v)).toArray();
        double min = positive.length == 0 ? 1e-12 : Arrays.stream(positive).min().getAsDouble();
        double max = positive.length == 0 ? min : Arrays.stream(positive).max().getAsDouble();
        int first = (int) Math.floor(Math.log10(min) * binsPerDecade);
        int last = Math.max(first + 1, (int) Math.ceil(Math.log10(max) * binsPerDecade));
        int n = Math.min(last - first, MAX_BINS);
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = Math.pow(10, (first + i) / (double) binsPerDecade);
            hi[i] = Math.pow(10, (first + i + 1) / (double) binsPerDecade);
        }
        int[] counts = new int[n];
        int zeros = 0;
        for (double v : values) {
            if (v == 0) {
                zeros++;
            } else {
                counts[bin(v, first, binsPerDecade, n)]++;
            }
        }
        return new LogHistogram(lo, hi, counts, zeros);
    }

    private static int bin(double v, int first, int perDecade, int n) {
        if (!(v > 0)) {
            return n - 1; // NaN or a negative value: last bin, so it is not lost
        }
        if (v == Double.POSITIVE_INFINITY) {
            return n - 1;
        }
        int i = (int) Math.floor(Math.log10(v) * perDecade) - first;
        return Math.max(0, Math.min(n - 1, i));
    }

    public int bins() { return counts.length; }

    /** Zeros plus the sum of all bins: the number of values. */
    public long total() { return zeros + Arrays.stream(counts).asLongStream().sum(); }

    @Override public double[] lower() { return lower.clone(); }

    @Override public double[] upper() { return upper.clone(); }

    @Override public int[] counts() { return counts.clone(); }
}
