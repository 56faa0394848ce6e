package org.romaexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import picocli.CommandLine.Option;

/**
 * Pinned designs on the command line (a picocli mixin): {@code --pin "NAME:key=value,key=value"} pins the
 * command's design with those changes (the {@code --set} keys) under NAME; the first is the baseline.
 * "NAME:" pins the design unchanged.
 */
final class PinOptions {
    @Option(names = "--pin", paramLabel = "NAME:KEY=VALUE,…",
            description = "Pin the design with these --set changes under NAME to compare with it (repeatable, at most 4; "
                    + "the first is the baseline).")
    List<String> specs = new ArrayList<>();

    /** The pins, in order; the first bad one fails with one line naming the field. */
    Pins pins(DesignPoint base) {
        if (specs.size() > Pins.MAX) {
            throw new InvalidParameterException("--pin", "at most " + Pins.MAX + " designs can be pinned, got " + specs.size());
        }
        Pins pins = Pins.NONE;
        for (String s : specs) {
            int colon = s.indexOf(':');
            if (colon <= 0 || s.substring(0, colon).isBlank()) {
                throw new InvalidParameterException("--pin", "expected NAME:key=value,…, got '" + s + "'");
            }
            String name = s.substring(0, colon).strip();
            String rest = s.substring(colon + 1);
            List<String> changes = rest.isBlank() ? List.of() : List.of(rest.split(",", -1));
            DesignPoint pinned;
            try {
                pinned = EvalCommand.apply(base, changes, "--pin " + name);
            } catch (InvalidParameterException e) {
                throw e.field().startsWith("--pin") ? e : new InvalidParameterException("--pin " + name + ": " + e.field(), e.problem());
            }
            pins = pins.with(pinned).renamed(pins.size(), name);
        }
        return pins;
    }
}
