package org.romaexplorer.model;


/**
 * The plausible range of one constant and why: low ≤ nominal ≤ high, in the constant's unit.
 *
 * @param key     the constant's key
 * @param nominal its value in {@code Constants}
 * @param low     low end
 * @param high    high end
 * @param basis   where the range comes from
 * @param note    the range's own source in a few words
 */
public record Range(String key, double nominal, double low, double high, Basis basis, String note) {

    /** How a range follows from the constant's provenance. */
    public enum Basis {
        /** Stated by the paper: half a unit of its last printed digit, or ±10% for "approximately". */
        PAPER_ROUNDING,
        /** The span a public source supports. */
        PUBLIC_RANGE,
        /** An assumption: ×0.5 to ×2 unless noted. */
        ASSUMPTION,
        /** Calibrated: the envelope of the leave-one-out refits (docs/paper-fit.md). */
        CALIBRATED_LOO,
        /** Derived exactly from a structure: no range. */
        EXACT
    }

    public Range {
        Check.notBlank("key", key);
        if (!(low <= nominal && nominal <= high)) {
            throw new IllegalArgumentException(key + ": range " + low + "–" + high + " must hold " + nominal);
        }
    }

    /** The low end as a factor of the nominal value (1 if the nominal is 0). */
    public double lowFactor() {
        return nominal == 0 ? 1 : low / nominal;
    }

    public double highFactor() {
        return nominal == 0 ? 1 : high / nominal;
    }
}
