package org.romaexplorer.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * LoRA adapters: rank, storage precision, the projections they adapt, and how many are resident in the SRAM.
 * Each adapted projection of shape in→out adds r·(in + out) parameters (A: in×r, B: r×out; Hu et al. 2021).
 * For a mixture of experts the choice of targets is the preset's: q/k/v/o adapt attention only;
 * gate/up/down put one adapter on every expert (all held in SRAM, only the routed ones computed).
 *
 * <p>Resident adapters (paper Fig. 1: one base model, many task adapters): adapter 1 has the design's rank
 * {@code rank}; adapters 2, 3, … have the ranks of {@code otherRanks} in order, and those past the list the
 * design's rank again. Entries of the list beyond {@code adapters − 1} are kept (a later change of
 * {@code adapters} brings them back) but are not resident. Each adapter is stored on its own: its bytes are
 * ⌈params · bits / 8⌉ and the SRAM layout pads each one separately ({@link SramLayout#loraShare}).
 *
 * @param rank       r of adapter 1 (the design's rank), 0 to 1024 (0: no adapters)
 * @param bits       storage precision of the adapter weights: 4, 8, 16 or 32
 * @param targets    adapted projections
 * @param adapters   N, adapters resident in the SRAM, 1 to 256
 * @param otherRanks ranks of adapters 2, 3, …, each 0 to 1024, at most 255 of them
 */
public record LoraConfig(int rank, int bits, Set<Projection> targets, int adapters, List<Integer> otherRanks) {

    /** q, k, v and o: the target set that reproduces the paper's Fig. 10 (see docs/paper-fit.md). */
    public static final Set<Projection> ATTENTION = EnumSet.of(Projection.Q, Projection.K, Projection.V, Projection.O);

    public LoraConfig {
        Knobs.LORA_RANK.check(rank);
        Knobs.LORA_BITS.check(bits);
        Knobs.ADAPTERS.check(adapters);
        if (targets == null || targets.isEmpty()) {
            throw new InvalidParameterException("lora_targets", "must name at least one of q,k,v,o,gate,up,down");
        }
        targets = canonical(targets);
        otherRanks = otherRanks == null ? List.of() : List.copyOf(otherRanks);
        Check.range("lora_other_ranks", otherRanks.size(), 0, (int) Knobs.ADAPTERS.max() - 1);
        for (int r : otherRanks) {
            Check.range("lora_other_ranks", r, 0, (int) Knobs.LORA_RANK.max());
        }
    }

    /** Every subset of the seven projections, by bit mask, as one shared unmodifiable set each. */
    private static final Set<Projection>[] SUBSETS = subsets();

    @SuppressWarnings("unchecked")
    private static Set<Projection>[] subsets() {
        Projection[] all = Projection.values();
        Set<Projection>[] out = new Set[1 << all.length];
        for (int mask = 0; mask < out.length; mask++) {
            EnumSet<Projection> s = EnumSet.noneOf(Projection.class);
            for (Projection p : all) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    s.add(p);
                }
            }
            out[mask] = java.util.Collections.unmodifiableSet(s);
        }
        return out;
    }

    /** The shared unmodifiable set of these targets: equal target sets are one object (cheap to copy and compare). */
    private static Set<Projection> canonical(Set<Projection> targets) {
        int mask = 0;
        for (Projection p : targets) {
            mask |= 1 << p.ordinal();
        }
        return SUBSETS[mask];
    }

    /** One adapter of rank {@code rank}: the paper's configuration. */
    public LoraConfig(int rank, int bits, Set<Projection> targets) {
        this(rank, bits, targets, 1, List.of());
    }

    public LoraConfig withRank(int r) { return new LoraConfig(r, bits, targets, adapters, otherRanks); }

    public LoraConfig withBits(int b) { return new LoraConfig(rank, b, targets, adapters, otherRanks); }

    public LoraConfig withTargets(Set<Projection> t) { return new LoraConfig(rank, bits, t, adapters, otherRanks); }

    public LoraConfig withAdapters(int n) { return new LoraConfig(rank, bits, targets, n, otherRanks); }

    public LoraConfig withOtherRanks(List<Integer> rs) { return new LoraConfig(rank, bits, targets, adapters, rs); }

    /** Rank of adapter {@code i} (0-based): the design's for i = 0 and past the list, else {@code otherRanks[i − 1]}. */
    public int rankOf(int i) {
        return i == 0 || i > otherRanks.size() ? rank : otherRanks.get(i - 1);
    }

    /** Whether every resident adapter has the design's rank. */
    public boolean uniform() {
        for (int i = 1; i < adapters; i++) {
            if (rankOf(i) != rank) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parameters of one adapter of the design's rank over all layers: L · Σ_targets copies · r·(in + out), where
     * an MLP target of a mixture of experts has one adapter per expert (E copies). For a dense model also the
     * MACs per token.
     */
    public long params(ModelShape s) {
        return (long) s.numLayers() * rank * perRank(s, false);
    }

    /** LoRA MACs per token of adapter 1: as {@link #params} with only the k routed experts' adapters. */
    public long macsPerToken(ModelShape s) {
        return (long) s.numLayers() * rank * perRank(s, true);
    }

    /** LoRA MACs per token of an adapter of rank 1 ({@link #macsPerToken} is r times it). */
    public long macsPerTokenPerRank(ModelShape s) {
        return s.numLayers() * perRank(s, true);
    }

    private long perRank(ModelShape s, boolean active) {
        long perRank = 0;
        for (Projection p : targets) {
            perRank += p.copies(s, active) * (p.inDim(s) + p.outDim(s));
        }
        return perRank;
    }

    /** Bytes of one adapter of the design's rank: ⌈params · bits / 8⌉. */
    public long bytes(ModelShape s) {
        return ModelShape.ceilDiv(params(s) * bits, 8);
    }

    /** Bytes of one adapter of rank {@code r}: ⌈L · r · Σ (in + out) · bits / 8⌉. */
    public long bytesAtRank(ModelShape s, int r) {
        return ModelShape.ceilDiv((long) s.numLayers() * r * perRank(s, false) * bits, 8);
    }

    /** Bytes of all {@code adapters} resident adapters, each stored on its own: Σ_i ⌈params_i · bits / 8⌉. */
    public long residentBytes(ModelShape s) {
        return residentBytes((long) s.numLayers() * perRank(s, false));
    }

    /** Parameters of one adapter of rank 1 over all layers: L · Σ_targets copies · (in + out). */
    public long paramsPerRank(ModelShape s) {
        return (long) s.numLayers() * perRank(s, false);
    }

    /** Bytes of one adapter of rank {@code r}, from its parameters per unit of rank over all layers. */
    long bytesAt(long paramsPerRank, int r) {
        return ModelShape.ceilDiv(paramsPerRank * r * bits, 8);
    }

    /** {@link #residentBytes(ModelShape)} from one adapter's parameters per unit of rank over all layers. */
    long residentBytes(long paramsPerRank) {
        if (adapters == 1) {
            return bytesAt(paramsPerRank, rank);
        }
        long sum = 0;
        for (int i = 0; i < adapters; i++) {
            sum += bytesAt(paramsPerRank, rankOf(i));
        }
        return sum;
    }
}
