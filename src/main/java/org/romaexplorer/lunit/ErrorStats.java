package org.romaexplorer.lunit;

/** Running error statistics behind {@link AccuracyResult}. Mutable, single-threaded. */
final class ErrorStats {
    private double signalEnergy;
    private double noiseEnergy;
    private double maxRel;
    private double sumRel;
    private double sumAbs;
    private int samples;

    void add(double result, double reference, double termMagnitude) {
        double err = Math.abs(result - reference);
        double rel = relative(err, termMagnitude);
        signalEnergy += reference * reference;
        noiseEnergy += err * err;
        maxRel = Math.max(maxRel, rel);
        sumRel += rel;
        sumAbs += err;
        samples++;
    }

    /** |res - ref| / sum_k |a_k (w_k - z) s|; 0 for 0/0, +Infinity for an error over zero terms. */
    static double relative(double absError, double termMagnitude) {
        return termMagnitude == 0 ? (absError == 0 ? 0 : Double.POSITIVE_INFINITY) : absError / termMagnitude;
    }

    AccuracyResult result() {
        double snr = noiseEnergy == 0 ? Double.POSITIVE_INFINITY
                : 10 * Math.log10(signalEnergy / noiseEnergy);
        return new AccuracyResult(snr, maxRel, sumRel / samples, sumAbs / samples, samples);
    }
}
