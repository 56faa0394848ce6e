package org.romaexplorer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every step of one design point's cost (docs/cost.md): the wafer and the die, the NRE and what a model update
 * re-spins, the lifetime cost per million tokens, each baseline's, and where the design breaks even with them. The
 * {@code cost} command prints it, the Cost figure draws it; both use the same {@link CostModel} equations as
 * {@code eval}'s cost metrics, so the three agree. Immutable.
 */
public final class CostBreakdown {
    private final DesignPoint point;
    private final CostMetrics m;
    private final NodeCost node;
    private final double areaMm2;
    private final double powerW;
    private final double waferUsd;
    private final double d0;
    private final double grossDies;
    private final double maskSetUsd;
    private final double designNreUsd;
    private final double updateNreUsd;
    private final double respinMaskUsd;
    private final boolean hardWired;
    private final List<BaselineCost> baselines = new ArrayList<>();

    private CostBreakdown(DesignPoint p, Metrics metrics) {
        point = p;
        m = metrics.cost();
        node = NodeCost.of(p.tech().node());
        areaMm2 = metrics.areaMm2();
        powerW = metrics.powerW();
        CostInputs c = p.cost();
        waferUsd = c.waferUsd() * node.waferScale();
        d0 = c.defectDensityPerCm2() * node.defectScale();
        grossDies = CostModel.grossDies(areaMm2, c.scribeMm(), c.edgeExclusionMm());
        maskSetUsd = c.maskSetUsd() * node.maskSetScale();
        designNreUsd = c.designNreUsd() * node.designScale();
        updateNreUsd = c.updateNreUsd() * node.designScale();
        hardWired = CostModel.hardWired(p.hw().weightCell());
        respinMaskUsd = hardWired ? CostModel.respinMaskUsd(m.respinMasks(), node.masks(), maskSetUsd,
                c.respinMaskCostRatio()) : 0;
        for (Platform b : Platform.ALL) {
            baselines.add(BaselineCost.of(b, p));
        }
    }

    /** The cost of {@code p}. */
    public static CostBreakdown of(DesignPoint p) {
        return new CostBreakdown(p, Evaluator.evaluate(p));
    }

    /** The cost of {@code p}, whose metrics are {@code metrics}. */
    public static CostBreakdown of(DesignPoint p, Metrics metrics) {
        return new CostBreakdown(p, metrics);
    }

    /** The design's cost metrics, as {@code eval} gives them. */
    public CostMetrics metrics() { return m; }

    public DesignPoint point() { return point; }

    /** Every baseline of {@link Platform#ALL}, in that order. */
    public List<BaselineCost> baselines() { return List.copyOf(baselines); }

    /** The baseline the design's {@code baseline} knob names. */
    public BaselineCost baseline() {
        return baselines.get(Platform.ALL.indexOf(point.cost().baseline()));
    }

    /** Whether the die fits one lithography field (26 × 33 mm); a larger one must be stitched or split. */
    public boolean fitsReticle() { return areaMm2 <= CostModel.RETICLE_MM2; }

    /** The die at 100% yield: the wafer's price over its gross dies. */
    public double dieAtFullYieldUsd() { return waferUsd / m.diesPerWafer(); }

    /** What the yield adds to the die: die cost less the die at 100% yield. */
    public double yieldLossUsd() { return m.dieCostUsd() - dieAtFullYieldUsd(); }

    /** What an update would cost if it re-spun the whole mask set: the set and the engineering. */
    public double fullSetRespinUsd() { return maskSetUsd + updateNreUsd; }

    /** Model versions over the life, M. */
    public double versions() {
        return CostModel.versions(hardWired, point.cost().modelUpdatesPerYear(), point.cost().lifetimeYears());
    }

    /** Years each chip serves, L/M. */
    public double serviceYears() { return point.cost().lifetimeYears() / versions(); }

    /** The design's cost per million tokens at another volume and update cadence, everything else kept. */
    public double costPerMtokUsd(double volume, double updatesPerYear) {
        Lifetime l = lifetime(volume, updatesPerYear);
        return (m.chipCostUsd() + l.nrePerChip + l.energy) / l.tokens * 1e6;
    }

    /**
     * One chip's cost at {@code volume} (the design's cadence), USD, by part: die at 100% yield, yield loss, test,
     * package, NRE share, electricity; then their sum.
     */
    public double[] perChipUsd(double volume) {
        Lifetime l = lifetime(volume, point.cost().modelUpdatesPerYear());
        CostInputs c = point.cost();
        double[] parts = {dieAtFullYieldUsd(), yieldLossUsd(), c.testUsd(), c.packageUsd(), l.nrePerChip, l.energy, 0};
        parts[6] = m.chipCostUsd() + l.nrePerChip + l.energy;
        return parts;
    }

    /** Names of {@link #perChipUsd}'s parts. */
    public static final List<String> PARTS = List.of("Die at 100% yield", "Yield loss", "Test", "Package", "NRE share",
            "Electricity", "Chip, all in");

    private record Lifetime(double nrePerChip, double energy, double tokens) {}

    private Lifetime lifetime(double volume, double updatesPerYear) {
        CostInputs c = point.cost();
        double versions = CostModel.versions(hardWired, updatesPerYear, c.lifetimeYears());
        double hours = CostModel.busyHours(c.lifetimeYears(), versions, c.utilization());
        return new Lifetime(CostModel.nrePerChipUsd(m.nreUsd(), m.respinNreUsd(), versions, volume),
                CostModel.energyUsd(powerW, hours, c.electricityUsdPerKwh(), c.pue()), m.servedTokensPerS() * 3600 * hours);
    }

    /**
     * Chips per model above which the design costs less per token than {@code b} at the design's cadence:
     * V* = B / (c_b − A), A the chip and its electricity per token, B the NRE per token of one chip's share;
     * NaN when even unlimited volume costs more (c_b ≤ A).
     */
    public double breakEvenVolume(BaselineCost b) {
        Lifetime one = lifetime(1, point.cost().modelUpdatesPerYear());
        double a = (m.chipCostUsd() + one.energy) / one.tokens;
        double nre = one.nrePerChip / one.tokens;
        double gap = b.costPerMtokUsd() / 1e6 - a;
        return gap > 0 ? nre / gap : Double.NaN;
    }

    /**
     * Model updates per year below which the design costs less per token than {@code b} at the design's volume. For
     * u ≥ 1/L the cost per token is linear in u: c(u) = [E + (N − R)/(L·V) + u·(a₀ + R/V)] / k, E the electricity and
     * k the tokens of one chip-year, N the first tape-out, R one re-spin, a₀ the chip; u* solves c(u*) = c_b. NaN when
     * the design costs more even with no update in its life; +∞ for reloaded (SRAM) weights that cost less at any
     * cadence.
     */
    public double breakEvenUpdatesPerYear(BaselineCost b) {
        CostInputs c = point.cost();
        double cb = b.costPerMtokUsd() / 1e6;
        double neverUpdated = costPerMtokUsd(c.volume(), 0) / 1e6;
        if (neverUpdated >= cb) {
            return Double.NaN;
        }
        if (!hardWired) {
            return Double.POSITIVE_INFINITY;
        }
        double yearHours = CostModel.busyHours(1, 1, c.utilization());
        double k = m.servedTokensPerS() * 3600 * yearHours;
        double e = CostModel.energyUsd(powerW, yearHours, c.electricityUsdPerKwh(), c.pue());
        double l = c.lifetimeYears();
        double v = c.volume();
        double r = m.respinNreUsd();
        return (cb * k - e - (m.nreUsd() - r) / (l * v)) / (m.chipCostUsd() + r / v);
    }

    /** The break-evens with {@code b} in words: the volume, then the cadence. */
    public String verdict(BaselineCost b) {
        double v = breakEvenVolume(b);
        double u = breakEvenUpdatesPerYear(b);
        String name = b.platform().name() + (b.batch() > 1 ? " (batch " + b.batch() + ")" : "");
        String vol = Double.isNaN(v) ? "costs more per token than the " + name + " at any volume"
                : String.format("costs less per token than the %s above %,.0f chips per model", name, Math.ceil(v));
        String cad = Double.isNaN(u) ? "at " + fmt(point.cost().volume()) + " chips it costs more even if never updated"
                : Double.isInfinite(u) ? "at any update cadence (its weights are reloaded)"
                : String.format("at %s chips, while the model is updated at most %.2f times a year",
                        fmt(point.cost().volume()), u);
        return "The design " + vol + "; " + cad + ".";
    }

    private static String fmt(double chips) {
        return String.format("%,.0f", chips);
    }

    /** Everything, by key, for JSON and tables: amounts in USD, null where a break-even does not exist. */
    public Map<String, Object> asMap() {
        CostInputs c = point.cost();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("node_nm", point.tech().node().nm());
        out.put("weight_cell", point.hw().weightCell().key());
        out.put("area_mm2", areaMm2);
        out.put("fits_reticle", fitsReticle());
        out.put("wafer_usd_at_node", waferUsd);
        out.put("defect_density_per_cm2_at_node", d0);
        out.put("yield_model", c.yieldModel().key());
        out.put("yield_alpha", c.yieldAlpha());
        out.put("gross_dies_formula", grossDies);
        out.put("dies_per_wafer", m.diesPerWafer());
        out.put("die_yield", m.dieYield());
        out.put("good_dies_per_wafer", m.diesPerWafer() * m.dieYield());
        out.put("die_at_full_yield_usd", dieAtFullYieldUsd());
        out.put("yield_loss_usd", yieldLossUsd());
        out.put("die_cost_usd", m.dieCostUsd());
        out.put("test_usd", c.testUsd());
        out.put("package_usd", c.packageUsd());
        out.put("chip_cost_usd", m.chipCostUsd());
        out.put("design_nre_usd_at_node", designNreUsd);
        out.put("mask_set_usd_at_node", maskSetUsd);
        out.put("masks_in_set", node.masks());
        out.put("nre_usd", m.nreUsd());
        out.put("hard_wired", hardWired);
        out.put("respin_masks", m.respinMasks());
        out.put("respin_mask_usd", respinMaskUsd);
        out.put("update_nre_usd_at_node", hardWired ? updateNreUsd : 0.0);
        out.put("respin_nre_usd", m.respinNreUsd());
        out.put("full_set_respin_nre_usd", fullSetRespinUsd());
        out.put("respin_saving_vs_full_set", hardWired ? 1 - m.respinNreUsd() / fullSetRespinUsd() : null);
        out.put("mask_saving_vs_full_set", hardWired ? 1 - respinMaskUsd / maskSetUsd : null);
        out.put("model_updates_per_year", c.modelUpdatesPerYear());
        out.put("lifetime_years", c.lifetimeYears());
        out.put("versions", versions());
        out.put("service_years", serviceYears());
        out.put("volume", c.volume());
        out.put("nre_per_chip_usd", m.nrePerChipUsd());
        out.put("served_tokens_per_s", m.servedTokensPerS());
        out.put("power_w", powerW);
        out.put("tokens_per_chip", m.servedTokensPerS() * 3600
                * CostModel.busyHours(c.lifetimeYears(), versions(), c.utilization()));
        out.put("energy_per_chip_usd", m.energyPerChipUsd());
        out.put("cost_per_chip_usd", m.chipCostUsd() + m.nrePerChipUsd() + m.energyPerChipUsd());
        out.put("cost_per_mtok_usd", m.costPerMtokUsd());
        BaselineCost chosen = baseline();
        out.put("baseline", chosen.key());
        out.put("baseline_cost_per_mtok_usd", chosen.costPerMtokUsd());
        out.put("break_even_volume", finite(breakEvenVolume(chosen)));
        out.put("break_even_updates_per_year", finite(breakEvenUpdatesPerYear(chosen)));
        out.put("break_even", verdict(chosen));
        List<Map<String, Object>> bs = new ArrayList<>();
        for (BaselineCost b : baselines) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("baseline", b.key());
            x.put("name", b.platform().name());
            x.put("price_usd", b.platform().priceUsd());
            x.put("power_w", b.platform().powerW());
            x.put("batch", b.batch());
            x.put("tokens_per_s", b.tokensPerS());
            x.put("energy_usd", b.energyUsd());
            x.put("cost_per_mtok_usd", b.costPerMtokUsd());
            x.put("break_even_volume", finite(breakEvenVolume(b)));
            x.put("break_even_updates_per_year", finite(breakEvenUpdatesPerYear(b)));
            x.put("break_even", verdict(b));
            x.put("source", b.platform().source());
            bs.add(x);
        }
        out.put("baselines", bs);
        return out;
    }

    /** A number JSON can hold: NaN (no break-even) and +∞ (any cadence) become null; the text says which. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
