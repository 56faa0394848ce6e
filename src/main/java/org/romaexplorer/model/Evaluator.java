package org.romaexplorer.model;

/** Evaluates a design point into its {@link Metrics}: the one entry point for GUI, CLI and sweeps. */
public final class Evaluator {
    private Evaluator() {}

    public static Metrics evaluate(DesignPoint p) {
        ModelShape m = p.model();
        Workload w = p.workload();
        ShapeSums sums = ShapeSums.of(p);
        long rom = sums.romBytes();
        long lora = p.lora().residentBytes(sums.loraParamsPerRank());
        long kv = m.kvBytesPerToken(p.kvBits());
        Performance perf = new Performance(p, sums);
        long maxTokens = perf.capacityTokens();
        long total = sums.totalParams();
        AreaPower ap = new AreaPower(p.hw(), p.tech(), p.quant());
        long context = (long) w.inputLen() + w.outputLen();
        double genSeconds = perf.generationSeconds(w.inputLen(), w.outputLen());
        double power = ap.chipPowerW();
        double joules = power * genSeconds + OffChip.dramJoules(p, perf.dramBytes(w.inputLen(), w.outputLen()));
        double decode = perf.decodeTokensPerS(w.kvLen());
        double generation = w.outputLen() / genSeconds;
        int users = w.users();
        long oneAdapter = perf.loraBytes();
        AreaBreakdown area = ap.breakdown();
        double decodeTotal = users * decode;
        // The tokens per second a chip is costed at serving (docs/cost.md): all users' decode together,
        // decode_tokens_per_s_total (one user: the paper's single-sequence decode). The one place to change it.
        double served = decodeTotal;
        return withCost(p, served, total, rom, rom <= p.hw().romBytes(), lora, kv, maxTokens,
                context <= maxTokens, perf.ttftSeconds(w.inputLen()), decode,
                generation, area, power, (long) users * w.outputLen() / joules,
                total - sums.unroutedParams(), perf.spilledTokens(context), decodeTotal, users * generation,
                perf.fullSpeedUsers(w.kvLen()), oneAdapter / p.kvPolicy().dramBytesPerS());
    }

    /**
     * The metrics with the design's cost (docs/cost.md): {@link CostModel#metrics}'s steps, written out here so that no
     * object is made for them (evaluate is past the JIT's inlining budget, so a returned cost record would be
     * allocated on every point); a test holds the two equal.
     */
    private static Metrics withCost(DesignPoint p, double served, long total, long rom, boolean fitsRom, long lora, long kv,
                                    long maxTokens, boolean fits, double ttft, double decode, double generation,
                                    AreaBreakdown area, double power, double perJoule, long active, long spilled,
                                    double decodeTotal, double generationTotal, long fullSpeedUsers, double adapterLoad) {
        CostInputs c = p.cost();
        NodeCost n = NodeCost.of(p.tech().node());
        WeightCell cell = p.hw().weightCell();
        double a = area.total();
        double dies = CostModel.diesPerWafer(a, c.scribeMm(), c.edgeExclusionMm());
        double yield = c.yieldModel().yield(a * 0.01, c.defectDensityPerCm2() * n.defectScale(), c.yieldAlpha());
        double die = CostModel.dieCostUsd(c.waferUsd() * n.waferScale(), dies, yield);
        double chip = die + c.testUsd() + c.packageUsd();
        double nre = CostModel.nreUsd(c, n);
        double masks = CostModel.respinMasks(cell, c.metalRespinMasks(), c.contactRespinMasks(), n.masks());
        double respin = CostModel.respinNreUsd(cell, masks, c, n);
        double versions = CostModel.versions(CostModel.hardWired(cell), c.modelUpdatesPerYear(), c.lifetimeYears());
        double perChip = CostModel.nrePerChipUsd(nre, respin, versions, c.volume());
        double hours = CostModel.busyHours(c.lifetimeYears(), versions, c.utilization());
        double energy = CostModel.energyUsd(power, hours, c.electricityUsdPerKwh(), c.pue());
        return new Metrics(total, rom, fitsRom, lora, kv, maxTokens, fits, ttft, decode, generation, area, power, perJoule,
                active, spilled, decodeTotal, generationTotal, fullSpeedUsers, adapterLoad, dies, yield, die, chip, nre,
                masks, respin, perChip, energy, (chip + perChip + energy) / (served * 3600 * hours) * 1e6, served);
    }
}
