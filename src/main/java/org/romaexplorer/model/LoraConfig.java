package org.romaexplorer.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * LoRA adapters: rank, storage precision and the projections they adapt. Each adapted projection of
 * shape in→out adds r·(in + out) parameters (A: in×r, B: r×out; Hu et al. 2021). For a mixture of
 * experts the choice of targets is the preset's: q/k/v/o adapt attention only; gate/up/down put one
 * adapter on every expert (all held in SRAM, only the routed ones computed).
 *
 * @param rank    r, 0 to 1024 (0: no adapters)
 * @param bits    storage precision of the adapter weights: 4, 8, 16 or 32
 * @param targets adapted projections
 */
public record LoraConfig(int rank, int bits, Set<Projection> targets) {

    /** q, k, v and o: the target set that reproduces the paper's Fig. 10 (see docs/paper-fit.md). */
    public static final Set<Projection> ATTENTION = EnumSet.of(Projection.Q, Projection.K, Projection.V, Projection.O);

    public LoraConfig {
        Knobs.LORA_RANK.check(rank);
        Knobs.LORA_BITS.check(bits);
        if (targets == null || targets.isEmpty()) {
            throw new InvalidParameterException("lora_targets", "must name at least one of q,k,v,o,gate,up,down");
        }
        targets = Set.copyOf(EnumSet.copyOf(targets));
    }

    public LoraConfig withRank(int r) { return new LoraConfig(r, bits, targets); }

    public LoraConfig withBits(int b) { return new LoraConfig(rank, b, targets); }

    /**
     * Adapter parameters over all layers: L · Σ_targets copies · r·(in + out), where an MLP target of a
     * mixture of experts has one adapter per expert (E copies). For a dense model also the MACs per token.
     */
    public long params(ModelShape s) {
        return sum(s, false);
    }

    /** LoRA MACs per token: as {@link #params} with only the k routed experts' adapters. */
    public long macsPerToken(ModelShape s) {
        return sum(s, true);
    }

    private long sum(ModelShape s, boolean active) {
        long perRank = 0;
        for (Projection p : targets) {
            perRank += p.copies(s, active) * (p.inDim(s) + p.outDim(s));
        }
        return (long) s.numLayers() * rank * perRank;
    }

    /** Adapter bytes: ⌈params · bits / 8⌉. */
    public long bytes(ModelShape s) {
        return ModelShape.ceilDiv(params(s) * bits, 8);
    }
}
