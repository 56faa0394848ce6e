package org.romaexplorer.lunit;

/**
 * Accuracy of the L-unit against the exact reference over many random groups.
 *
 * @param snrDb 10 log10(sum ref^2 / sum (res - ref)^2); +Infinity when every result is exact
 * @param maxRelError max over groups of |res - ref| / sum_k |a_k (w_k - z) s|
 * @param meanRelError mean of the same ratio. The denominator is the magnitude of the terms,
 *     not |ref|: a dot product of signed terms can cancel to nearly 0, which would make
 *     |res - ref| / |ref| unbounded for a perfectly reasonable datapath
 * @param meanAbsError mean of |res - ref|
 * @param samples number of groups evaluated
 */
public record AccuracyResult(double snrDb, double maxRelError, double meanRelError,
                             double meanAbsError, int samples) {

    public AccuracyResult {
        if (samples < 1) {
            throw new IllegalArgumentException("samples: must be >= 1, was " + samples);
        }
    }
}
