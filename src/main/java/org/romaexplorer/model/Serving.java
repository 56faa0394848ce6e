package org.romaexplorer.model;

/**
 * Serving from one ROM: N resident LoRA adapters and B users decoding together (paper Fig. 1; issue 21;
 * docs/model.md, "Serving from one ROM"). Static arithmetic on primitives, so the per-point path allocates
 * nothing for it; {@link Performance} holds the per-point values and times the batched round.
 *
 * <p><b>Users and adapters.</b> User j (0-based) runs adapter j mod N, so each resident adapter serves
 * ⌊B/N⌋ or ⌈B/N⌉ users; with adapter i of rank r_i ({@link LoraConfig#rankOf}), the LoRA MACs of one round
 * are M_1 · Σ_{j<B} r_{j mod N}, M_1 the MACs of a rank-1 adapter.
 *
 * <p><b>A round</b> (one token for each of B users, all at k cached tokens), in cycles: the units' loads
 * <ul>
 *   <li>L-units: ⌈B/R⌉ · T_w (the ROM is read once per pass, each weight multiplied by R activations);</li>
 *   <li>vector units: B · T_v;</li>
 *   <li>H-units: Σ_j T_r(j) + B · a_l·A(k) (every sequence's LoRA and attention over its own KV);</li>
 *   <li>DRAM (spill): B · sp(k)·f / B_DRAM;</li>
 * </ul>
 * and one sequence's own chain T_dec(k) = T_w + T_v + T_r,max + a_l·A(k) + sp(k)·f/B_DRAM. Sequences are
 * independent, so the units work on different ones at once and the round takes the largest of them:
 * T_round(B, k) = max(T_dec(k), ⌈B/R⌉·T_w, B·T_v, Σ_j T_r(j) + B·a_l·A(k), B·sp(k)·f/B_DRAM)
 * (the asymptotic bounds of operational analysis, Lazowska et al., <i>Quantitative System Performance</i>,
 * 1984, ch. 5: throughput ≤ min(B / T_dec, 1 / D_max); an optimistic schedule). At B = 1 it is T_dec(k).
 *
 * <p><b>Where it becomes compute-bound.</b> Per-user decode stays at the single-user speed f / T_dec(k)
 * while no unit's load exceeds T_dec(k): B ≤ B* = min(R·⌊T_dec/T_w⌋, ⌊T_dec/T_v⌋, ⌊T_dec/(T_r + a_l·A(k))⌋,
 * ⌊T_dec/(sp·f/B_DRAM)⌋) for adapters of the design's rank ({@link #fullSpeedUsers}); beyond it the aggregate
 * approaches f / max(T_w/R, T_v, T_r + a_l·A(k), sp·f/B_DRAM).
 */
public final class Serving {
    /** What {@link #fullSpeedUsers} reports when no unit ever binds (never below the most users accepted). */
    public static final long UNBOUND_USERS = (long) Knobs.USERS.max();

    /** The unit that limits a round, {@link #limit}. */
    public enum Limit {
        LATENCY("one sequence's chain (not compute-bound)"), L_UNITS("the L-units' lanes"), VECTOR("the vector units"),
        H_UNITS("the H-units' MACs"), DRAM("the DRAM channel (spilled KV)");

        private final String words;

        Limit(String words) {
            this.words = words;
        }

        /** "the L-units' lanes". */
        public String words() { return words; }
    }

    private Serving() {}

    /** Σ_{j<B} r_{j mod N}: the ranks of every user's adapter, summed. */
    public static long userRankSum(LoraConfig l, int users) {
        int n = l.adapters();
        if (n == 1 || l.otherRanks().isEmpty()) {
            return (long) users * l.rank();
        }
        long sum = 0;
        int each = users / n;
        int extra = users % n;
        for (int i = 0; i < n; i++) {
            sum += (long) l.rankOf(i) * (each + (i < extra ? 1 : 0));
        }
        return sum;
    }

    /** The largest rank any of B users runs: max_{i < min(B, N)} r_i. */
    public static int largestUserRank(LoraConfig l, int users) {
        int max = l.rank();
        int n = Math.min(users, l.adapters());
        for (int i = 1; i < n && i <= l.otherRanks().size(); i++) {
            max = Math.max(max, l.rankOf(i));
        }
        return max;
    }

    /** Σ_i pad(⌈LoRA_i / U⌉, g_L): one H-unit's SRAM held by the N resident adapters, each padded on its own. */
    public static long loraSharePerUnit(SramLayout layout, LoraConfig l, ModelShape m) {
        return loraSharePerUnit(layout, l, l.paramsPerRank(m), l.bytes(m));
    }

    /** As above, from one adapter's parameters per unit of rank and the bytes of one of the design's rank. */
    static long loraSharePerUnit(SramLayout layout, LoraConfig l, long paramsPerRank, long ownBytes) {
        long own = layout.loraShare(ownBytes);
        int listed = Math.min(l.adapters() - 1, l.otherRanks().size());
        long sum = own * (l.adapters() - listed);
        for (int i = 1; i <= listed; i++) {
            int r = l.rankOf(i);
            sum += r == l.rank() ? own : layout.loraShare(l.bytesAt(paramsPerRank, r));
        }
        return sum;
    }

    /** B* above: the most users at the single-user speed, for a chain of {@code chain} cycles and per-user loads. */
    static long fullSpeedUsers(double chain, int rows, double weights, double vector, double hUnit, double dram) {
        long b = UNBOUND_USERS;
        b = Math.min(b, weights > 0 ? (long) Math.min(b, rows * Math.floor(chain / weights)) : b);
        b = Math.min(b, fits(chain, vector));
        b = Math.min(b, fits(chain, hUnit));
        b = Math.min(b, fits(chain, dram));
        return Math.max(1, b);
    }

    private static long fits(double chain, double load) {
        return load > 0 ? (long) Math.min(UNBOUND_USERS, Math.floor(chain / load)) : UNBOUND_USERS;
    }

    /**
     * Which unit sets the round of {@code p} at {@code cached} tokens: the largest of the loads (ties go to the
     * earlier: latency, L-units, vector, H-units, DRAM). For figures and notes, not the per-point path.
     */
    public static Limit limit(DesignPoint p, long cached) {
        double[] loads = new Performance(p).roundLoads(cached);
        int best = 0;
        for (int i = 1; i < loads.length; i++) {
            if (loads[i] > loads[best]) {
                best = i;
            }
        }
        return Limit.values()[best];
    }
}
