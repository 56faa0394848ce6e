package org.romaexplorer.model;

/**
 * What the process node plausibly allows, for warnings only: the model's equations never read these. Kept in
 * one place so that a table of process nodes can supply them later (one value per node).
 */
public final class NodeLimits {
    /**
     * A plausible maximum clock for this 7 nm design. An assumption: 7 nm accelerators with large on-chip SRAM
     * ship at 1.0–1.5 GHz (Google TPU v4 1,050 MHz, Jouppi et al., ISCA 2023; NVIDIA A100 1,410 MHz boost and
     * AMD MI100 1,502 MHz, the vendors' data sheets); 2 GHz leaves a margin above them. The paper runs ROMA at
     * 500 MHz (Table I). Past it the model still scales power and speed with the clock, as if the chip ran there.
     */
    public static final Constant MAX_CLOCK_7NM = new Constant("max_clock_mhz", 2_000, "MHz",
            "assumption: above the 1.0-1.5 GHz of shipping 7 nm accelerators (TPU v4 1,050, A100 1,410,"
                    + " MI100 1,502 MHz); the paper runs at 500 MHz (Table I)", false);

    private NodeLimits() {}

    /** The plausible maximum clock of {@code p}'s process node, MHz (7 nm for every design today). */
    public static double maxClockMhz(DesignPoint p) {
        return MAX_CLOCK_7NM.value();
    }
}
