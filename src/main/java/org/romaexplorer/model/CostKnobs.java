package org.romaexplorer.model;

import static org.romaexplorer.model.Param.Section.COST;

import java.util.List;
import java.util.Locale;

/**
 * The cost parameters (issue 20; docs/cost.md), each declared once as a {@link Param}: die cost, NRE and re-spins, and
 * the lifetime a chip serves tokens over. Prices are the softest numbers of the tool: every one names its source and
 * that source's date and has a wide range, so the sensitivity study and the uncertainty bands cover cost. Node-priced
 * knobs hold ROMA's 7 nm value; another node multiplies it by {@link NodeCost}'s ratio to 7 nm.
 */
public final class CostKnobs {
    private CostKnobs() {}

    private static final String AT_7NM = "; at another node × the node table's ratio to 7 nm (NodeCost)";

    // --- die cost
    public static final Param WAFER_USD = usd("wafer_usd", "Wafer price", 1, 1e6)
            .about("price of one processed 300 mm wafer at 7 nm" + AT_7NM)
            .value(9_346, "CSET 'AI Chips' (Khan and Mann, 2020): 7 nm, 2020 USD (via ttm-cas and chiplet-actuary)")
            .span(7_000, 14_000, "×0.75–×1.5: DigiTimes ~$10,000 (2018), foundry price rises since, volume discounts")
            .access(field("waferUsd"));
    public static final Param DEFECT_DENSITY = Param.number("defect_density_per_cm2", "Defect density D₀", "defects/cm²",
                    0, 10).in(COST)
            .about("killer defects per cm² at 7 nm" + AT_7NM)
            .value(0.09, "TSMC N7 three quarters into volume production, VLSI Symposium 2019 (via AnandTech, Aug 2020)")
            .span(0.07, 0.15, "a mature line to LLMCompass's early-ramp 0.15 (ttm-cas, 2023)")
            .access(field("defectDensityPerCm2"));
    public static final Param YIELD_MODEL = Param.choice("yield_model", "Yield model", YieldModel.keys()).in(COST)
            .about("how defects kill dies: negative binomial (clustered), Poisson, Murphy or Seeds")
            .value(YieldModel.NEGATIVE_BINOMIAL.ordinal(), "the convention of ttm-cas and LLMCompass (2023) and "
                    + "chiplet-actuary (DAC 2022)")
            .access(p -> p.cost().yieldModel().ordinal(), (p, v) -> p.withCost(p.cost().withYieldModel(YieldModel.values()[(int) v])));
    public static final Param YIELD_ALPHA = Param.number("yield_alpha", "Clustering α", "", 0.01, 1000).in(COST)
            .about("clustering parameter α of the negative-binomial yield (α → ∞ is Poisson)")
            .value(3, "ttm-cas and LLMCompass (2023)").span(1, 10, "Seeds' 1 to chiplet-actuary's 10 (2022)")
            .access(field("yieldAlpha"));
    public static final Param SCRIBE_MM = Param.number("scribe_mm", "Scribe lane", "mm", 0, 5).in(COST)
            .about("saw street added to each side of a die")
            .value(0.2, "chiplet-actuary parameter.ini (DAC 2022)").assumption("×0.5–×2")
            .access(field("scribeMm"));
    public static final Param EDGE_EXCLUSION_MM = Param.number("edge_exclusion_mm", "Edge exclusion", "mm", 0, 100).in(COST)
            .about("unusable ring at the wafer's edge; the usable diameter is 300 mm less twice this")
            .value(3, "assumption: 2–5 mm; chiplet-actuary (DAC 2022) uses 5 mm")
            .span(2, 5, "2 mm to chiplet-actuary's 5 mm").access(field("edgeExclusionMm"));
    public static final Param TEST_USD = usd("test_usd", "Test per die", 0, 1e6)
            .about("wafer sort and final test of one good die")
            .value(20, "assumption: no public per-die figure found (research note, Nov 2026: $10–50)")
            .span(10, 50, "research note's proposal, Nov 2026").access(field("testUsd"));
    public static final Param PACKAGE_USD = usd("package_usd", "Package and assembly", 0, 1e6)
            .about("package, substrate and assembly of one chip (a flip-chip BGA: no HBM, no interposer)")
            .value(100, "assumption: large FC-BGA $50–200 (research note, Nov 2026); ttm-cas's starter package + "
                    + "assembly is $21 (2023)")
            .span(20, 200, "ttm-cas's $21 (2023) to a large FC-BGA's $200").access(field("packageUsd"));

    // --- NRE and re-spins
    public static final Param MASK_SET_USD = usd("mask_set_usd", "Mask set", 0, 1e10)
            .about("one full mask set at 7 nm" + AT_7NM)
            .value(10.5e6, "IC Knowledge strategic cost model, 7 nm (via ttm-cas, c. 2017–2023)")
            .span(5.25e6, 15.75e6, "±50%: SemiAnalysis 'beyond $10M' at 7 nm (c. 2022), a mask glossary '$10M+'")
            .access(field("maskSetUsd"));
    public static final Param DESIGN_NRE_USD = usd("design_nre_usd", "Design NRE", 0, 1e11)
            .about("design, verification and IP of the chip at 7 nm, before its first mask set" + AT_7NM)
            .value(89.4e6, "assumption: 0.3 × IBS's 7 nm $298 M (2018, via SemiEngineering): a regular array of identical "
                    + "units costs less than the SoCs IBS priced, whose figures SemiEngineering calls inflated")
            .span(29.8e6, 298e6, "0.1–1 × IBS 2018").access(field("designNreUsd"));
    public static final Param UPDATE_NRE_USD = usd("update_nre_usd", "Engineering per model update", 0, 1e10)
            .about("engineering of one model update at 7 nm besides its masks: new weight layers, verification, "
                    + "sign-off" + AT_7NM)
            .value(2e6, "assumption (research note, Nov 2026: $1–10 M plus the masks)")
            .span(1e6, 10e6, "research note's proposal, Nov 2026").access(field("updateNreUsd"));
    public static final Param METAL_RESPIN_MASKS = Param.number("metal_respin_masks", "Masks of a metal re-spin", "masks",
                    0, 200).in(COST)
            .about("masks a model update changes when the weights are in via and metal layers (brom, fused, metal_rom)")
            .value(2, "Taalas HC1 (TSMC N6): 'only two masks change' per model (company claim, 2025)")
            .span(1, 6, "one via mask to a via and a multi-patterned metal (assumption)")
            .access(field("metalRespinMasks"));
    public static final Param CONTACT_RESPIN_MASKS = Param.number("contact_respin_masks", "Masks of a contact re-spin",
                    "masks", 0, 200).in(COST)
            .about("masks a model update changes when the weights are in contacts and M1–M3 (cirom2t)")
            .value(6, "assumption: BitROM sets a weight by which of M1–M3 a cell's contact reaches (arXiv 2509.08542, via "
                    + "a review, 2025): contact, M1, V1, M2, V2, M3")
            .span(3, 12, "three layers to six multi-patterned ones (assumption)").access(field("contactRespinMasks"));
    public static final Param RESPIN_MASK_COST_RATIO = Param.number("respin_mask_cost_ratio", "Re-spun / average mask",
                    "ratio", 0.1, 100).in(COST)
            .about("price of a re-spun via or metal mask over the average mask of the set")
            .value(2, "assumption: low vias and metals are multi-patterned or EUV, dearer than the average (research "
                    + "note, Nov 2026: 2–5×)")
            .span(1, 5, "the average mask to the research note's 5×").access(field("respinMaskCostRatio"));

    // --- lifetime
    public static final Param MODEL_UPDATES_PER_YEAR = Param.number("model_updates_per_year", "Model updates per year",
                    "1/year", 0, 365).in(COST)
            .about("how often the base model is replaced; a hard-wired chip serves its model until the next one")
            .value(1, "assumption: the paper expects 'updates to base models occurring over years'; Meta released "
                    + "Llama 3, 3.1, 3.2 and 3.3 in 2024 (recalled)")
            .span(0.25, 4, "one per four years to quarterly").access(field("modelUpdatesPerYear"));
    public static final Param VOLUME = Param.number("volume", "Chips per model", "chips", 1, 1e10).in(COST)
            .about("chips made of each model version")
            .value(1e5, "assumption: no volume of a hard-wired LLM chip is public").span(1e4, 1e6, "×0.1–×10")
            .access(field("volume"));
    public static final Param LIFETIME_YEARS = Param.number("lifetime_years", "Service life", "years", 0.1, 50).in(COST)
            .about("years a chip (and a baseline) serves before it is retired")
            .value(4, "assumption: accelerators are depreciated over 3–5 years (recalled)").span(2, 6, "2 to 6 years")
            .access(field("lifetimeYears"));
    public static final Param UTILIZATION = Param.number("utilization", "Utilization", "ratio", 0.01, 1).in(COST)
            .about("share of the hours a chip serves tokens at its speed and draws its power")
            .value(0.7, "aiinframap.com H100/H200/B200 TCO tool (2026)").span(0.3, 0.9, "a lightly used to a busy fleet")
            .access(field("utilization"));
    public static final Param ELECTRICITY = Param.number("electricity_usd_per_kwh", "Electricity", "USD/kWh", 0, 10).in(COST)
            .about("price of electricity")
            .value(0.08, "EIA Electric Power Annual 2023 (Oct 2024): industrial 6.4–8.9 ¢/kWh in Virginia, Texas, Oregon, "
                    + "Washington, Georgia; aiinframap.com uses $0.08 (2026)")
            .span(0.05, 0.15, "industrial to commercial rates, EIA 2023").access(field("electricityUsdPerKwh"));
    public static final Param PUE = Param.number("pue", "PUE", "ratio", 1, 5).in(COST)
            .about("power usage effectiveness: facility power over the chips' power")
            .value(1.2, "aiinframap.com TCO tool (2026)").span(1.1, 1.5, "a hyperscale hall to an older one (assumption)")
            .access(field("pue"));
    public static final Param BASELINE = Param.choice("baseline", "Baseline platform", baselineKeys()).in(COST)
            .about("the GPU or CPU the break-even volume and cadence compare with (Platform)")
            .value(Platform.ALL.indexOf(Platform.GPU_RTX_4090), "paper Fig. 9: the RTX 4090")
            .access(p -> Platform.ALL.indexOf(p.cost().baseline()),
                    (p, v) -> p.withCost(p.cost().withBaseline(Platform.ALL.get((int) v))));
    public static final Param BASELINE_BATCH = Param.integer("baseline_batch", "Baseline batch", "sequences", 1, 4096).in(COST)
            .about("sequences the baseline decodes together (its roofline: weights read once per step for all)")
            .value(1, "paper Fig. 9 and Table II: single-batch generation")
            .access(field("baselineBatch"));

    /** Every cost parameter, in the order of the constants sheet and the docs. */
    static final List<Param> ALL = List.of(WAFER_USD, DEFECT_DENSITY, YIELD_MODEL, YIELD_ALPHA, SCRIBE_MM,
            EDGE_EXCLUSION_MM, TEST_USD, PACKAGE_USD, MASK_SET_USD, DESIGN_NRE_USD, UPDATE_NRE_USD, METAL_RESPIN_MASKS,
            CONTACT_RESPIN_MASKS, RESPIN_MASK_COST_RATIO, MODEL_UPDATES_PER_YEAR, VOLUME, LIFETIME_YEARS, UTILIZATION,
            ELECTRICITY, PUE, BASELINE, BASELINE_BATCH);

    /** The {@code baseline} choice's name of a platform: its name in lower case without blanks ("rtx4090"). */
    public static String baselineKey(Platform p) {
        return p.name().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static String[] baselineKeys() {
        return Platform.ALL.stream().map(CostKnobs::baselineKey).toArray(String[]::new);
    }

    private static Param.Builder usd(String key, String name, double min, double max) {
        return Param.number(key, name, "USD", min, max).in(COST);
    }

    /** A component of the design's {@link CostInputs}, through its canonical constructor. */
    private static Param.Access field(String component) {
        return new Param.Access() {
            public double get(DesignPoint p) { return Records.get(p.cost(), component); }

            public DesignPoint set(DesignPoint p, double v) { return p.withCost(Records.with(p.cost(), component, v)); }
        };
    }
}
