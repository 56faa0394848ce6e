package org.romaexplorer.ui.lab;

import org.romaexplorer.figures.LogHistogram;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.AccuracyResult;
import org.romaexplorer.lunit.LUnitConfig;

/**
 * One finished accuracy run of the L-unit lab: what was asked, the statistics and the binned per-group errors.
 *
 * @param millis wall time of the run, for the status line
 */
public record LabResult(LUnitConfig config, ActivationDistribution distribution, long seed, AccuracyResult summary,
                 LogHistogram histogram, double millis) {}
