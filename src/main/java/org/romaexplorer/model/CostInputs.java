package org.romaexplorer.model;

import static org.romaexplorer.model.CostKnobs.*;

/**
 * The economics a design point is costed under (docs/cost.md): the price of its silicon, of its masks and design, and
 * the life it serves tokens over. Values and sources are in {@link CostKnobs}; node-priced values are at 7 nm
 * ({@link NodeCost} scales them). Immutable; checked with the registry's entries.
 *
 * @param waferUsd             300 mm wafer price at 7 nm, USD
 * @param defectDensityPerCm2  defect density D₀ at 7 nm, per cm²
 * @param yieldModel           how defects kill dies
 * @param yieldAlpha           clustering α of the negative-binomial model
 * @param scribeMm             scribe lane added to each side of the die, mm
 * @param edgeExclusionMm      unusable ring at the wafer's edge, mm
 * @param testUsd              test of one good die, USD
 * @param packageUsd           package and assembly of one chip, USD
 * @param maskSetUsd           one full mask set at 7 nm, USD
 * @param designNreUsd         design and IP NRE at 7 nm, USD (masks not included)
 * @param updateNreUsd         engineering of one model update at 7 nm besides its masks, USD
 * @param metalRespinMasks     masks a model update changes for a via/metal-programmed cell
 * @param contactRespinMasks   masks a model update changes for a contact/M1–M3-programmed cell
 * @param respinMaskCostRatio  price of a re-spun mask over the set's average mask
 * @param modelUpdatesPerYear  base-model updates per year (0: never)
 * @param volume               chips made of each model version
 * @param lifetimeYears        years a chip or a baseline serves
 * @param utilization          share of the hours spent serving at full speed and power
 * @param electricityUsdPerKwh electricity price, USD/kWh
 * @param pue                  facility power over chip power
 * @param baseline             the platform the break-evens compare with
 * @param baselineBatch        sequences the baseline decodes together
 */
public record CostInputs(double waferUsd, double defectDensityPerCm2, YieldModel yieldModel, double yieldAlpha,
                         double scribeMm, double edgeExclusionMm, double testUsd, double packageUsd, double maskSetUsd,
                         double designNreUsd, double updateNreUsd, double metalRespinMasks, double contactRespinMasks,
                         double respinMaskCostRatio, double modelUpdatesPerYear, double volume, double lifetimeYears,
                         double utilization, double electricityUsdPerKwh, double pue, Platform baseline,
                         int baselineBatch) {

    public CostInputs {
        if (yieldModel == null || baseline == null) {
            throw new InvalidParameterException("yield_model", "a yield model and a baseline must be given");
        }
        WAFER_USD.check(waferUsd);
        DEFECT_DENSITY.check(defectDensityPerCm2);
        YIELD_ALPHA.check(yieldAlpha);
        SCRIBE_MM.check(scribeMm);
        EDGE_EXCLUSION_MM.check(edgeExclusionMm);
        TEST_USD.check(testUsd);
        PACKAGE_USD.check(packageUsd);
        MASK_SET_USD.check(maskSetUsd);
        DESIGN_NRE_USD.check(designNreUsd);
        UPDATE_NRE_USD.check(updateNreUsd);
        METAL_RESPIN_MASKS.check(metalRespinMasks);
        CONTACT_RESPIN_MASKS.check(contactRespinMasks);
        RESPIN_MASK_COST_RATIO.check(respinMaskCostRatio);
        MODEL_UPDATES_PER_YEAR.check(modelUpdatesPerYear);
        VOLUME.check(volume);
        LIFETIME_YEARS.check(lifetimeYears);
        UTILIZATION.check(utilization);
        ELECTRICITY.check(electricityUsdPerKwh);
        PUE.check(pue);
        BASELINE_BATCH.check(baselineBatch);
        if (!Platform.ALL.contains(baseline)) {
            throw new InvalidParameterException("baseline", "must be one of " + BASELINE.choiceList());
        }
    }

    /** The defaults of {@link CostKnobs}. */
    public static CostInputs defaults() {
        return Defaults.VALUE;
    }

    /** Built on first use, after {@link CostKnobs}. */
    private static final class Defaults {
        static final CostInputs VALUE = build();
    }

    private static CostInputs build() {
        return new CostInputs(WAFER_USD.value(), DEFECT_DENSITY.value(), YieldModel.values()[(int) YIELD_MODEL.value()],
                YIELD_ALPHA.value(), SCRIBE_MM.value(), EDGE_EXCLUSION_MM.value(), TEST_USD.value(), PACKAGE_USD.value(),
                MASK_SET_USD.value(), DESIGN_NRE_USD.value(), UPDATE_NRE_USD.value(), METAL_RESPIN_MASKS.value(),
                CONTACT_RESPIN_MASKS.value(), RESPIN_MASK_COST_RATIO.value(), MODEL_UPDATES_PER_YEAR.value(),
                VOLUME.value(), LIFETIME_YEARS.value(), UTILIZATION.value(), ELECTRICITY.value(), PUE.value(),
                Platform.ALL.get((int) BASELINE.value()), (int) BASELINE_BATCH.value());
    }

    public CostInputs withYieldModel(YieldModel m) {
        return new CostInputs(waferUsd, defectDensityPerCm2, m, yieldAlpha, scribeMm, edgeExclusionMm, testUsd,
                packageUsd, maskSetUsd, designNreUsd, updateNreUsd, metalRespinMasks, contactRespinMasks,
                respinMaskCostRatio, modelUpdatesPerYear, volume, lifetimeYears, utilization, electricityUsdPerKwh, pue,
                baseline, baselineBatch);
    }

    public CostInputs withBaseline(Platform b) {
        return new CostInputs(waferUsd, defectDensityPerCm2, yieldModel, yieldAlpha, scribeMm, edgeExclusionMm, testUsd,
                packageUsd, maskSetUsd, designNreUsd, updateNreUsd, metalRespinMasks, contactRespinMasks,
                respinMaskCostRatio, modelUpdatesPerYear, volume, lifetimeYears, utilization, electricityUsdPerKwh, pue,
                b, baselineBatch);
    }

    /** A copy with the volume and the update cadence replaced (the Cost figure's axes). */
    public CostInputs withVolumeAndCadence(double chips, double updatesPerYear) {
        return new CostInputs(waferUsd, defectDensityPerCm2, yieldModel, yieldAlpha, scribeMm, edgeExclusionMm, testUsd,
                packageUsd, maskSetUsd, designNreUsd, updateNreUsd, metalRespinMasks, contactRespinMasks,
                respinMaskCostRatio, updatesPerYear, chips, lifetimeYears, utilization, electricityUsdPerKwh, pue,
                baseline, baselineBatch);
    }
}
