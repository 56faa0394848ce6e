package org.romaexplorer.model;

/** Evaluates a design point into its {@link Metrics}: the one entry point for GUI, CLI and sweeps. */
public final class Evaluator {
    private Evaluator() {}

    public static Metrics evaluate(DesignPoint p) {
        ModelShape m = p.model();
        Workload w = p.workload();
        long rom = p.quant().romBytes(m);
        long lora = p.lora().bytes(m);
        long kv = m.kvBytesPerToken(p.kvBits());
        Performance perf = new Performance(p);
        long maxTokens = p.layout().maxTokens(p.hw().sramBytes(), lora, m, p.kvBits());
        long total = m.totalParams();
        AreaPower ap = new AreaPower(p.hw(), p.tech(), p.quant());
        long context = (long) w.inputLen() + w.outputLen();
        double genSeconds = perf.generationSeconds(w.inputLen(), w.outputLen());
        double power = ap.chipPowerW();
        double joules = power * genSeconds + OffChip.dramJoules(p, perf.dramBytes(w.inputLen(), w.outputLen()));
        return new Metrics(total, rom, rom <= p.hw().romBytes(), lora, kv, maxTokens,
                context <= maxTokens, perf.ttftSeconds(w.inputLen()), perf.decodeTokensPerS(w.kvLen()),
                w.outputLen() / genSeconds, ap.breakdown(), power, w.outputLen() / joules,
                total - m.unroutedParams(), perf.spilledTokens(context));
    }
}
