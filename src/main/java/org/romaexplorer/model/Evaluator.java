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
        long maxTokens = p.layout().maxTokens(p.hw().sramBytes(), lora, kv);
        Performance perf = new Performance(p);
        AreaPower ap = new AreaPower(p.hw(), p.tech());
        double gen = perf.generationTokensPerS(w.inputLen(), w.outputLen());
        double power = ap.chipPowerW();
        return new Metrics(m.totalParams(), rom, rom <= p.hw().romBytes(), lora, kv, maxTokens,
                (long) w.inputLen() + w.outputLen() <= maxTokens, perf.ttftSeconds(w.inputLen()),
                perf.decodeTokensPerS(w.kvLen()), gen, ap.chipAreaMm2(), power, gen / power);
    }
}
