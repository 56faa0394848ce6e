package org.romaexplorer.report;

/**
 * One number the paper publishes, held against the model.
 *
 * @param id        stable identifier
 * @param what      what the number is and where the paper states it
 * @param figure    "fig2".."fig12", "table1" or "text"
 * @param series    model or platform the number belongs to, or "" for the chip
 * @param x         the figure's x coordinate of the point, NaN if none
 * @param published the paper's number (a bound for bound rows)
 * @param modeled   the model's number, same unit
 * @param unit      unit of both numbers
 * @param role      whether the row was used to fit a constant, or a qualitative claim of the paper
 *                  (published is then the threshold the claim is read as, see docs/paper-fit.md)
 * @param kind      an exact value, or a bound the model must respect
 */
public record ReportRow(String id, String what, String figure, String series, double x, double published,
                        double modeled, String unit, Role role, Kind kind) {

    /** CALIBRATION fits a constant; VALIDATION checks a published number; CLAIM checks a worded statement. */
    public enum Role { CALIBRATION, VALIDATION, CLAIM }

    /** A qualitative claim read as a bound or an approximate value; no figure coordinate. */
    public static ReportRow claim(String id, String what, String figure, double threshold, double modeled,
                                  String unit, Kind kind) {
        return new ReportRow(id, what, figure, "", Double.NaN, threshold, modeled, unit, Role.CLAIM, kind);
    }

    /** VALUE: published ≈ modeled; UPPER_BOUND: modeled ≤ published; LOWER_BOUND: modeled ≥ published. */
    public enum Kind { VALUE, UPPER_BOUND, LOWER_BOUND }

    /** 100·(modeled − published)/|published|; 0 if both are 0; NaN if only the published number is 0. */
    public double errorPct() {
        if (published == 0) {
            return modeled == 0 ? 0 : Double.NaN;
        }
        return 100 * (modeled - published) / Math.abs(published);
    }

    /** Whether a bound row is respected; a value row holds within 10%. */
    public boolean holds() {
        return switch (kind) {
            case VALUE -> Math.abs(errorPct()) <= 10;
            case UPPER_BOUND -> modeled <= published;
            case LOWER_BOUND -> modeled >= published;
        };
    }
}
