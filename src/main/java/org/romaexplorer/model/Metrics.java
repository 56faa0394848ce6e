package org.romaexplorer.model;

/**
 * What one design point evaluates to. SI units; the unit is in each name. No metrics hold a negative
 * count or a negative, NaN or infinite amount: the ranges of the design point's parts are chosen so that
 * every formula stays finite, and this constructor checks the results as a last guard (docs/input.md).
 *
 * @param paramsTotal           all parameters of the model
 * @param romBytesRequired      ROM the quantized base model needs, bytes
 * @param fitsInRom             whether it fits the chip's ROM
 * @param loraBytes             LoRA adapter bytes
 * @param kvBytesPerToken       KV-cache bytes per token
 * @param maxTokens             tokens whose KV fits beside the LoRA weights in SRAM (Fig. 10)
 * @param contextFits           whether input + output tokens fit in {@code maxTokens}
 * @param ttftSeconds           time to first token for the input length (Fig. 6)
 * @param decodeTokensPerS      decode speed at the workload's KV length (Fig. 7)
 * @param generationTokensPerS  output tokens per second of the whole generation (Fig. 9)
 * @param area                  chip area by part (Table I, Fig. 11); {@link #areaMm2()} is its total
 * @param powerW                chip peak power (Table I)
 * @param tokensPerJoule        generated tokens per joule: chip power × generation time, plus DRAM reads
 *                              of spilled KV
 * @param paramsActive          parameters one token uses (a mixture of experts: routed experts only)
 * @param kvSpilledTokens       tokens of the input + output context kept in DRAM (spill policy)
 * @param decodeTokensPerSTotal decode speed of all users together, tokens/s ({@code decodeTokensPerS} is per user)
 * @param generationTokensPerSTotal output tokens per second of all users' generations together
 * @param fullSpeedUsers        the most users that each decode at the one-user speed (the knee, {@link Serving})
 * @param adapterLoadSeconds    time to load one adapter from DRAM when a request misses
 * @param diesPerWafer          gross dies per 300 mm wafer; this and the next ten: the design's cost ({@link CostMetrics},
 *                              docs/cost.md), held flat so that no object is made for them per design point
 * @param dieYield              share of good dies
 * @param dieCostUsd            one good die, USD
 * @param chipCostUsd           one chip: die, test, package, USD
 * @param nreUsd                the first tape-out, USD
 * @param respinMasks           masks one model update changes
 * @param respinNreUsd          one model update, USD
 * @param nrePerChipUsd         NRE over the chips that carry it, USD
 * @param energyPerChipUsd      electricity of one chip over its service, USD
 * @param costPerMtokUsd        chip, NRE share and electricity per million tokens served, USD
 * @param servedTokensPerS      the tokens per second the chip is costed at serving
 */
public record Metrics(long paramsTotal, long romBytesRequired, boolean fitsInRom, long loraBytes,
                      long kvBytesPerToken, long maxTokens, boolean contextFits, double ttftSeconds,
                      double decodeTokensPerS, double generationTokensPerS, AreaBreakdown area, double powerW,
                      double tokensPerJoule, long paramsActive, long kvSpilledTokens, double decodeTokensPerSTotal,
                      double generationTokensPerSTotal, long fullSpeedUsers, double adapterLoadSeconds,
                      double diesPerWafer, double dieYield, double dieCostUsd, double chipCostUsd, double nreUsd,
                      double respinMasks, double respinNreUsd, double nrePerChipUsd, double energyPerChipUsd,
                      double costPerMtokUsd, double servedTokensPerS) {

    /** Metrics of a dense model with nothing spilled, one user: {@code paramsActive = paramsTotal}, totals = per user. */
    public Metrics(long paramsTotal, long romBytesRequired, boolean fitsInRom, long loraBytes, long kvBytesPerToken,
                   long maxTokens, boolean contextFits, double ttftSeconds, double decodeTokensPerS,
                   double generationTokensPerS, double areaMm2, double powerW, double tokensPerJoule) {
        this(paramsTotal, romBytesRequired, fitsInRom, loraBytes, kvBytesPerToken, maxTokens, contextFits, ttftSeconds,
                decodeTokensPerS, generationTokensPerS, new AreaBreakdown(areaMm2, 0, 0, 0, 0, 0), powerW, tokensPerJoule,
                paramsTotal, 0, decodeTokensPerS, generationTokensPerS, 1, 0, CostMetrics.NONE);
    }

    /** Metrics with the design's cost, {@code cost}'s values copied (the object itself is not kept). */
    public Metrics(long paramsTotal, long romBytesRequired, boolean fitsInRom, long loraBytes, long kvBytesPerToken,
                   long maxTokens, boolean contextFits, double ttftSeconds, double decodeTokensPerS,
                   double generationTokensPerS, AreaBreakdown area, double powerW, double tokensPerJoule,
                   long paramsActive, long kvSpilledTokens, double decodeTokensPerSTotal, double generationTokensPerSTotal,
                   long fullSpeedUsers, double adapterLoadSeconds, CostMetrics cost) {
        this(paramsTotal, romBytesRequired, fitsInRom, loraBytes, kvBytesPerToken, maxTokens, contextFits, ttftSeconds,
                decodeTokensPerS, generationTokensPerS, area, powerW, tokensPerJoule, paramsActive, kvSpilledTokens,
                decodeTokensPerSTotal, generationTokensPerSTotal, fullSpeedUsers, adapterLoadSeconds,
                cost.diesPerWafer(), cost.dieYield(), cost.dieCostUsd(), cost.chipCostUsd(), cost.nreUsd(),
                cost.respinMasks(), cost.respinNreUsd(), cost.nrePerChipUsd(), cost.energyPerChipUsd(),
                cost.costPerMtokUsd(), cost.servedTokensPerS());
    }

    /** The design's cost as one record (made on each call). */
    public CostMetrics cost() {
        return new CostMetrics(diesPerWafer, dieYield, dieCostUsd, chipCostUsd, nreUsd, respinMasks, respinNreUsd,
                nrePerChipUsd, energyPerChipUsd, costPerMtokUsd, servedTokensPerS);
    }

    /** Chip area, mm² (Table I): the sum of {@link #area()}'s parts. */
    public double areaMm2() {
        return area.total();
    }

    private static final String[] CHECKED = {"params_total", "rom_bytes_required", "lora_bytes", "kv_bytes_per_token",
        "max_tokens", "ttft_ms", "decode_tokens_per_s", "generation_tokens_per_s", "area_mm2", "power_w", "tokens_per_joule"};

    public Metrics {
        if (area == null) {
            throw new InvalidParameterException("area_mm2", "an area breakdown must be given");
        }
        // one test of them all, no array built (Check.outputs' varargs only to name a failure)
        if (!(paramsTotal >= 0 && romBytesRequired >= 0 && loraBytes >= 0 && kvBytesPerToken >= 0 && maxTokens >= 0
                && Check.ok(ttftSeconds) && Check.ok(decodeTokensPerS) && Check.ok(generationTokensPerS)
                && Check.ok(area.total()) && Check.ok(powerW) && Check.ok(tokensPerJoule)
                && Check.ok(decodeTokensPerSTotal) && Check.ok(generationTokensPerSTotal) && fullSpeedUsers >= 0
                && Check.ok(adapterLoadSeconds))) {
            Check.outputs(CHECKED, paramsTotal, romBytesRequired, loraBytes, kvBytesPerToken, maxTokens, ttftSeconds,
                    decodeTokensPerS, generationTokensPerS, area.total(), powerW, tokensPerJoule);
            Check.output("decode_tokens_per_s_total", decodeTokensPerSTotal);
            Check.output("generation_tokens_per_s_total", generationTokensPerSTotal);
            Check.output("full_speed_users", fullSpeedUsers);
            Check.output("adapter_load_ms", adapterLoadSeconds);
        }
        CostMetrics.check(diesPerWafer, dieYield, dieCostUsd, chipCostUsd, nreUsd, respinMasks, respinNreUsd, nrePerChipUsd,
                energyPerChipUsd, costPerMtokUsd, servedTokensPerS);
    }

    /** Named outputs for tables, JSON and CSV, in the report's units (ms, tokens/s, mm², W, bytes): {@link Metric#map}. */
    public java.util.Map<String, Object> asMap() {
        return Metric.map(this);
    }
}
