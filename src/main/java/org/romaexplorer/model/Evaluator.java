package org.romaexplorer.model;

/** Evaluates a design point into its {@link Metrics}: the one entry point for GUI, CLI and sweeps. */
public final class Evaluator {
    private Evaluator() {}

    public static Metrics evaluate(DesignPoint p) {
        ModelShape m = p.model();
        Workload w = p.workload();
        long rom = p.quant().romBytes(m);
        long lora = p.lora().residentBytes(m);
        long kv = m.kvBytesPerToken(p.kvBits());
        Performance perf = new Performance(p);
        long maxTokens = perf.capacityTokens();
        long total = m.totalParams();
        AreaPower ap = new AreaPower(p.hw(), p.tech(), p.quant());
        long context = (long) w.inputLen() + w.outputLen();
        double genSeconds = perf.generationSeconds(w.inputLen(), w.outputLen());
        double power = ap.chipPowerW();
        double joules = power * genSeconds + OffChip.dramJoules(p, perf.dramBytes(w.inputLen(), w.outputLen()));
        double decode = perf.decodeTokensPerS(w.kvLen());
        double generation = w.outputLen() / genSeconds;
        int users = w.users();
        long oneAdapter = p.lora().adapters() == 1 ? lora : p.lora().bytes(m);
        return new Metrics(total, rom, rom <= p.hw().romBytes(), lora, kv, maxTokens,
                context <= maxTokens, perf.ttftSeconds(w.inputLen()), decode,
                generation, ap.breakdown(), power, (long) users * w.outputLen() / joules,
                total - m.unroutedParams(), perf.spilledTokens(context), users * decode, users * generation,
                perf.fullSpeedUsers(w.kvLen()), oneAdapter / p.kvPolicy().dramBytesPerS());
    }
}
