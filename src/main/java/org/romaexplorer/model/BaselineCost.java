package org.romaexplorer.model;

/**
 * A baseline platform's cost per million tokens over the same life (docs/cost.md, "Baselines"): its price and its
 * electricity over the tokens it serves. A GPU or CPU loads a new model, so it serves the whole life whatever the
 * update cadence. Its speed is its roofline decoding {@code batch} sequences at the workload's KV length: one step
 * reads the weights once and each sequence's KV cache (FP16, Sec. IV-A), and does two FLOPs per weight per sequence.
 *
 * @param platform        the platform
 * @param batch           sequences decoded together
 * @param tokensPerS      tokens it serves per second
 * @param energyUsd       electricity over the life
 * @param costPerMtokUsd  price and electricity per million tokens
 */
public record BaselineCost(Platform platform, int batch, double tokensPerS, double energyUsd, double costPerMtokUsd) {

    /** {@code b} serving {@code p}'s model and workload under {@code p}'s economics. */
    public static BaselineCost of(Platform b, DesignPoint p) {
        CostInputs c = p.cost();
        double speed = decodeTokensPerS(b, p, c.baselineBatch());
        double hours = CostModel.busyHours(c.lifetimeYears(), 1, c.utilization());
        double energy = CostModel.energyUsd(b.powerW(), hours, c.electricityUsdPerKwh(), c.pue());
        return new BaselineCost(b, c.baselineBatch(), speed, energy, (b.priceUsd() + energy) / (speed * 3600 * hours) * 1e6);
    }

    /**
     * Roofline decode speed of {@code batch} sequences at the workload's KV length, tokens/s: batch over the longer of
     * (weights + batch·KV bytes) / bandwidth and 2·batch·MACs / FLOP rate. Batch 1 is {@link Platform#generationTokensPerS}
     * of one token after a prompt of the KV length.
     */
    public static double decodeTokensPerS(Platform b, DesignPoint p, int batch) {
        ModelShape s = p.model();
        double weights = p.quant().streamedBits(s) / 8.0 + p.lora().bytes(s);
        double bytes = weights + batch * s.kvBytesPerToken(16) * (double) p.workload().kvLen();
        double flops = 2.0 * batch * (s.linearMacsPerToken() + p.lora().macsPerToken(s));
        return batch / Math.max(bytes / b.bytesPerS(), flops / b.flopsPerS());
    }

    /** The {@code baseline} choice's name. */
    public String key() {
        return CostKnobs.baselineKey(platform);
    }
}
