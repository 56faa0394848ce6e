package org.romaexplorer.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.model.BaselineCost;
import org.romaexplorer.model.CostBreakdown;
import org.romaexplorer.model.CostInputs;
import org.romaexplorer.model.CostMetrics;
import org.romaexplorer.model.DesignPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cost}: one design point's die cost, NRE and re-spins, and cost per million tokens against the baselines. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Die cost, NRE, what a model update re-spins, and cost per million tokens over a lifetime against "
                + "GPU/CPU baselines, with break-even volume and update cadence (docs/cost.md).")
public final class CostCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DesignOptions design;

    @Option(names = "--json", description = "Print the whole breakdown as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DesignPoint p = design.design();
        CostBreakdown b = CostBreakdown.of(p);
        spec.commandLine().getOut().println(json ? Json.of(b.asMap()) : text(b));
        return 0;
    }

    /** The breakdown as a person reads it: die, NRE and re-spin, lifetime, baselines. */
    static String text(CostBreakdown b) {
        Map<String, Object> x = b.asMap();
        CostMetrics m = b.metrics();
        CostInputs c = b.point().cost();
        StringBuilder sb = new StringBuilder();
        line(sb, "Die: %.1f mm² at %d nm (%s)%s", x.get("area_mm2"), x.get("node_nm"), x.get("weight_cell"),
                b.fitsReticle() ? "" : " — larger than one 26 × 33 mm reticle field: not made as one die");
        line(sb, "  wafer $%,.0f, %.1f gross dies, yield %.3f (%s, D0 %.3f/cm²) → die $%,.2f (%,.2f at 100%% yield + %,.2f yield loss)",
                x.get("wafer_usd_at_node"), m.diesPerWafer(), m.dieYield(), c.yieldModel().key(),
                x.get("defect_density_per_cm2_at_node"), m.dieCostUsd(), b.dieAtFullYieldUsd(), b.yieldLossUsd());
        line(sb, "  + test $%,.2f + package $%,.2f = chip $%,.2f", c.testUsd(), c.packageUsd(), m.chipCostUsd());
        line(sb, "NRE: design $%s + mask set $%s (%d masks) = $%s", musd(x.get("design_nre_usd_at_node")),
                musd(x.get("mask_set_usd_at_node")), x.get("masks_in_set"), musd(m.nreUsd()));
        if (Boolean.TRUE.equals(x.get("hard_wired"))) {
            line(sb, "Model update: %.1f of %d masks, $%s + engineering $%s = $%s; a full set would be $%s: "
                            + "%.0f%% less (masks alone %.0f%% less)",
                    m.respinMasks(), x.get("masks_in_set"), musd(x.get("respin_mask_usd")), musd(x.get("update_nre_usd_at_node")),
                    musd(m.respinNreUsd()), musd(b.fullSetRespinUsd()), 100 * (double) x.get("respin_saving_vs_full_set"),
                    100 * (double) x.get("mask_saving_vs_full_set"));
        } else {
            line(sb, "Model update: no masks (the weights are reloaded into SRAM)");
        }
        line(sb, "Life: %.2f updates/yr over %.1f years → %.2f versions, each chip serves %.2f years; %,.0f chips per model",
                c.modelUpdatesPerYear(), c.lifetimeYears(), b.versions(), b.serviceYears(), c.volume());
        line(sb, "  chip $%,.2f + NRE share $%,.2f + electricity $%,.2f (%.1f W) = $%,.2f per chip, %.4g tokens at %,.0f tokens/s",
                m.chipCostUsd(), m.nrePerChipUsd(), m.energyPerChipUsd(), x.get("power_w"), x.get("cost_per_chip_usd"),
                x.get("tokens_per_chip"), m.servedTokensPerS());
        line(sb, "  cost per million tokens: $%.6f", m.costPerMtokUsd());
        line(sb, "Baselines (same life, utilization and electricity; batch %d):", c.baselineBatch());
        for (BaselineCost bc : b.baselines()) {
            line(sb, "  %-10s $%,8.0f %5.0f W %,10.1f tokens/s  $%.6f per Mtok  (%.1f× the design)", bc.platform().name(),
                    bc.platform().priceUsd(), bc.platform().powerW(), bc.tokensPerS(), bc.costPerMtokUsd(),
                    bc.costPerMtokUsd() / m.costPerMtokUsd());
            line(sb, "             %s", b.verdict(bc));
        }
        return sb.toString().stripTrailing();
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String musd(Object usd) {
        return String.format(Locale.ROOT, "%,.2f M", ((Number) usd).doubleValue() / 1e6);
    }
}
