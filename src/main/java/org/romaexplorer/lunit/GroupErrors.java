package org.romaexplorer.lunit;

import java.util.Objects;

/**
 * Accuracy over many random groups together with each group's own relative error, e.g. for a histogram.
 *
 * @param summary the statistics {@link LUnitAccuracy#measure} reports for the same arguments
 * @param relErrors per group, in sample order: |res - ref| / sum_k |a_k (w_k - z) s| (0 when exact; copied,
 *     the accessor returns a copy)
 */
public record GroupErrors(AccuracyResult summary, double[] relErrors) {

    public GroupErrors {
        Objects.requireNonNull(summary, "summary");
        relErrors = Objects.requireNonNull(relErrors, "relErrors").clone();
        if (relErrors.length != summary.samples()) {
            throw new IllegalArgumentException("relErrors: must hold " + summary.samples() + " values, was "
                    + relErrors.length);
        }
    }

    @Override
    public double[] relErrors() {
        return relErrors.clone();
    }
}
