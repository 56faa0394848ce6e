package org.romaexplorer.cli;

import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Param;

/** Test values for the registry round trips (RegistryRoundTripTest, RegistryFieldsWindowTest). */
public final class RegistryRoundTripTestValues {
    private RegistryRoundTripTestValues() {}

    /** A valid value other than {@code base}'s: another allowed value or choice, the flag flipped, or a nearby number. */
    public static double other(Param k, DesignPoint base) {
        double d = k.get(base);
        double[] allowed = k.allowed();
        if (allowed.length > 0) {
            return allowed[0] != d ? allowed[0] : allowed[1];
        }
        if (!k.choices().isEmpty()) {
            return (d + 1) % k.choices().size();
        }
        if (k.integer()) {
            return d < k.max() ? d + 1 : d - 1;
        }
        return d > 0 ? d * 0.75 : k.min() + (k.max() - k.min()) / 4;
    }
}
