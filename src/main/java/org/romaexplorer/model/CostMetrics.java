package org.romaexplorer.model;

/**
 * What one design point costs (docs/cost.md): its die, its NRE and model updates, and a million tokens over its life.
 * USD; the unit is in each name. Computed by {@link CostModel#metrics}; {@link Metrics} holds a flat copy.
 *
 * @param diesPerWafer      gross dies per 300 mm wafer (at least 1)
 * @param dieYield          share of good dies
 * @param dieCostUsd        one good die: the wafer's price over its good dies
 * @param chipCostUsd       one chip: good die, test, package
 * @param nreUsd            the first tape-out: design NRE and one full mask set
 * @param respinMasks       masks one model update changes (0: the weights are reloaded, not re-spun)
 * @param respinNreUsd      one model update: its masks and engineering
 * @param nrePerChipUsd     NRE over the chips that carry it: first tape-out and re-spins over all versions' chips
 * @param energyPerChipUsd  electricity one chip draws over its service
 * @param costPerMtokUsd    chip, NRE share and energy over the tokens the chip serves, per million tokens
 * @param servedTokensPerS  the tokens per second the chip is costed at serving
 */
public record CostMetrics(double diesPerWafer, double dieYield, double dieCostUsd, double chipCostUsd, double nreUsd,
                          double respinMasks, double respinNreUsd, double nrePerChipUsd, double energyPerChipUsd,
                          double costPerMtokUsd, double servedTokensPerS) {

    private static final String[] KEYS = {"dies_per_wafer", "die_yield", "die_cost_usd", "chip_cost_usd", "nre_usd",
        "respin_masks", "respin_nre_usd", "nre_per_chip_usd", "energy_per_chip_usd", "cost_per_mtok_usd",
        "served_tokens_per_s"};

    /** No cost: for metrics built without a design (tests of other outputs). */
    public static final CostMetrics NONE = new CostMetrics(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public CostMetrics {
        check(diesPerWafer, dieYield, dieCostUsd, chipCostUsd, nreUsd, respinMasks, respinNreUsd, nrePerChipUsd,
                energyPerChipUsd, costPerMtokUsd, servedTokensPerS);
    }

    /**
     * Refuses a negative, NaN or infinite value, naming it; one test of all eleven with no array built (the varargs of
     * {@link Check#outputs} only on failure), small enough to inline: {@link Metrics} checks its copy the same way.
     */
    static void check(double dies, double yield, double die, double chip, double nre, double masks, double respin,
                      double perChip, double energy, double perMtok, double served) {
        if (!(ok(dies) && ok(yield) && ok(die) && ok(chip) && ok(nre) && ok(masks) && ok(respin) && ok(perChip)
                && ok(energy) && ok(perMtok) && ok(served))) {
            fail(dies, yield, die, chip, nre, masks, respin, perChip, energy, perMtok, served);
        }
    }

    private static void fail(double... values) {
        Check.outputs(KEYS, values);
    }

    private static boolean ok(double v) {
        return Check.ok(v);
    }
}
