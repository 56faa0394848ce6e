package org.romaexplorer.model;

/**
 * The cost equations (docs/cost.md, one section each), as allocation-free static arithmetic on numbers: gross dies
 * per wafer, the die's cost at its yield, the masks and NRE of a model update, and the cost per million tokens over
 * a chip's service. {@link #metrics} puts them together for one design point ({@link Evaluator} calls it);
 * {@link CostBreakdown} shows every step.
 */
public final class CostModel {
    /** Wafer diameter, mm: 300 mm wafers (all the prices are for them). */
    public static final double WAFER_MM = 300;
    /** Hours in a year, 365.25 × 24. */
    public static final double HOURS_PER_YEAR = 8766;
    /** The largest die a lithography field exposes in one shot, mm²: 26 × 33 mm (ASML/TSMC full field). */
    public static final double RETICLE_MM2 = 26 * 33;
    /** The smallest yield a die's cost is divided by: below it the die is not made at all (docs/cost.md). */
    public static final double YIELD_FLOOR = 1e-12;

    private CostModel() {}

    /**
     * Gross dies per wafer, N = π(d/2)²/A − πd/√(2A): the wafer's area over the die's, less a ring of dies cut by the
     * edge; d the usable diameter (300 mm less twice the edge exclusion), A the die (a square) with its scribe lane,
     * (√a + s)². Not rounded down, so it varies smoothly; may be below 1 for a die near the wafer's size.
     */
    public static double grossDies(double dieMm2, double scribeMm, double edgeExclusionMm) {
        // with q = d/√(2A) the two terms are π·q²/2 and π·q: one square root and one division
        double side = Math.sqrt(dieMm2) + scribeMm;
        double q = (WAFER_MM - 2 * edgeExclusionMm) / (side * SQRT2);
        return Math.PI * q * (0.5 * q - 1);
    }

    private static final double SQRT2 = Math.sqrt(2);

    /** {@link #grossDies}, at least one die per wafer (a wafer-scale part, which the formula undercounts). */
    public static double diesPerWafer(double dieMm2, double scribeMm, double edgeExclusionMm) {
        return Math.max(1, grossDies(dieMm2, scribeMm, edgeExclusionMm));
    }

    /** One good die: the wafer's price over its good dies, C = W / (N·max(Y, 10⁻¹²)). */
    public static double dieCostUsd(double waferUsd, double diesPerWafer, double yield) {
        return waferUsd / (diesPerWafer * Math.max(yield, YIELD_FLOOR));
    }

    /**
     * Masks one model update changes: none for SRAM weights (reloaded); the via and metal masks for the cells wired in
     * them (B-ROM, fused cell, metal ROM); contacts and M1–M3 for the compute-in-ROM cell; a full set for a ROM
     * programmed in its transistors and for weights synthesized as logic (docs/cost.md, "Which masks").
     */
    public static double respinMasks(WeightCell cell, double metalMasks, double contactMasks, int setMasks) {
        return switch (cell) {
            case SRAM -> 0;
            case BROM, FUSED, METAL_ROM -> Math.min(metalMasks, setMasks);
            case CIROM2T -> Math.min(contactMasks, setMasks);
            case ROM, TERNARY_LOGIC -> setMasks;
        };
    }

    /** The masks of an update: a full set at its price; fewer at k times the set's average mask each, at most the set. */
    public static double respinMaskUsd(double masks, int setMasks, double setUsd, double costRatio) {
        return respinMaskUsd(masks, setMasks, setUsd, costRatio, 1.0 / setMasks);
    }

    /** As above, with {@code perMask} = 1 / setMasks given (the node table holds it). */
    static double respinMaskUsd(double masks, int setMasks, double setUsd, double costRatio, double perMask) {
        return masks >= setMasks ? setUsd : Math.min(setUsd, masks * costRatio * setUsd * perMask);
    }

    /** Whether a model update replaces the chip: every cell but SRAM, whose weights are loaded at run time. */
    public static boolean hardWired(WeightCell cell) {
        return cell != WeightCell.SRAM;
    }

    /** Model versions a hard-wired chip's design serves over the life: M = max(1, u·L); a reloadable one serves one. */
    public static double versions(boolean hardWired, double updatesPerYear, double lifetimeYears) {
        return hardWired ? Math.max(1, updatesPerYear * lifetimeYears) : 1;
    }

    /** NRE per chip: the first tape-out and M − 1 re-spins over the M·V chips of all versions. */
    public static double nrePerChipUsd(double nreUsd, double respinNreUsd, double versions, double volume) {
        return (nreUsd + (versions - 1) * respinNreUsd) / (versions * volume);
    }

    /** Hours a chip serves at full speed and power: 8,766 h a year × its service years L/M × the utilization. */
    public static double busyHours(double lifetimeYears, double versions, double utilization) {
        return HOURS_PER_YEAR * lifetimeYears / versions * utilization;
    }

    /** Electricity over {@code busyHours}: P·h/1000 kWh at the price, times the PUE. */
    public static double energyUsd(double powerW, double busyHours, double usdPerKwh, double pue) {
        return powerW * busyHours * 1e-3 * usdPerKwh * pue;
    }

    /**
     * The whole cost of one design point, from its area, power and served speed. {@link Evaluator} writes the same
     * steps out into its metrics (no object per point); {@code CostBreakdownTest} holds the two equal.
     */
    public static CostMetrics metrics(DesignPoint p, double areaMm2, double powerW, double servedTokensPerS) {
        CostInputs c = p.cost();
        NodeCost n = NodeCost.of(p.tech().node());
        WeightCell cell = p.hw().weightCell();
        double dies = diesPerWafer(areaMm2, c.scribeMm(), c.edgeExclusionMm());
        double yield = c.yieldModel().yield(areaMm2 * 0.01, c.defectDensityPerCm2() * n.defectScale(), c.yieldAlpha());
        double die = dieCostUsd(c.waferUsd() * n.waferScale(), dies, yield);
        double chip = die + c.testUsd() + c.packageUsd();
        double nre = nreUsd(c, n);
        double masks = respinMasks(cell, c.metalRespinMasks(), c.contactRespinMasks(), n.masks());
        double respin = respinNreUsd(cell, masks, c, n);
        double versions = versions(hardWired(cell), c.modelUpdatesPerYear(), c.lifetimeYears());
        double perChip = nrePerChipUsd(nre, respin, versions, c.volume());
        double hours = busyHours(c.lifetimeYears(), versions, c.utilization());
        double energy = energyUsd(powerW, hours, c.electricityUsdPerKwh(), c.pue());
        return new CostMetrics(dies, yield, die, chip, nre, masks, respin, perChip, energy,
                (chip + perChip + energy) / (servedTokensPerS * 3600 * hours) * 1e6, servedTokensPerS);
    }

    /** The first tape-out at the node: design NRE and one full mask set. */
    static double nreUsd(CostInputs c, NodeCost n) {
        return c.designNreUsd() * n.designScale() + c.maskSetUsd() * n.maskSetScale();
    }

    /** One model update at the node: its masks and engineering; nothing for reloaded (SRAM) weights. */
    static double respinNreUsd(WeightCell cell, double masks, CostInputs c, NodeCost n) {
        return hardWired(cell) ? respinMaskUsd(masks, n.masks(), c.maskSetUsd() * n.maskSetScale(), c.respinMaskCostRatio(),
                n.perMask()) + c.updateNreUsd() * n.designScale() : 0;
    }
}
