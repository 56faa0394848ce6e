package org.romaexplorer.compare;

import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;

/**
 * A design pinned for comparison: its name, its colour slot (0…{@link Pins#MAX}−1, kept while it is
 * pinned so its colour never changes) and the design with its metrics. Immutable.
 */
public record Pin(String name, int slot, DesignPoint design, Metrics metrics) {
    public Pin {
        if (name == null || name.isBlank()) {
            throw new InvalidParameterException("pin name", "must not be empty");
        }
        if (slot < 0 || slot >= Pins.MAX) {
            throw new InvalidParameterException("pin slot", "must be in [0, " + (Pins.MAX - 1) + "], got " + slot);
        }
        name = name.strip();
    }

    /** Pins {@code design}, evaluating it once. */
    public static Pin of(String name, int slot, DesignPoint design) {
        return new Pin(name, slot, design, Evaluator.evaluate(design));
    }

    public Pin renamed(String newName) {
        return new Pin(newName, slot, design, metrics);
    }
}
