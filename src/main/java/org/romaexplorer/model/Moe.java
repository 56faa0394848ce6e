package org.romaexplorer.model;

/**
 * Mixture-of-experts feed-forward layers: every layer holds {@code experts} copies of the gated MLP
 * (gate, up, down of width {@link ModelShape#intermediateSize()}), a router d×E, and optionally one
 * always-active shared expert of width {@code sharedIntermediate}. A token runs its top-{@code topK}
 * experts, the router and the shared expert (Shazeer et al. 2017; Mixtral, Jiang et al. 2024).
 *
 * <p>{@link #DENSE} (one expert, top-1, no shared expert, no router) is an ordinary dense model.
 *
 * @param experts            E, routed experts per layer, 1 to 4,096 (1: dense)
 * @param topK               k, experts a token is routed to, 1 to E
 * @param sharedIntermediate width of the shared expert's MLP, 0 for none
 */
public record Moe(int experts, int topK, int sharedIntermediate) {
    public static final Moe DENSE = new Moe(1, 1, 0);

    public Moe {
        Check.range("num_experts", experts, 1, 4096);
        Check.range("num_experts_per_tok", topK, 1, experts);
        Check.range("shared_expert_intermediate_size", sharedIntermediate, 0, 1 << 22);
    }

    /** Whether tokens are routed (more than one expert): only then is there a router. */
    public boolean routed() { return experts > 1; }

    /** Router weights per layer, d·E, or 0 for a dense model. */
    public long routerParams(int hidden) { return routed() ? (long) hidden * experts : 0; }

    /** Shared-expert MLP weights per layer, 3·d·I_s. */
    public long sharedParams(int hidden) { return 3L * hidden * sharedIntermediate; }

    /**
     * Expected distinct experts that n tokens touch in one layer under uniform, independent routing:
     * E·(1 − (1 − k/E)^n). A first model (real routers are not uniform); 1 for a dense model.
     */
    public double expectedUnion(long n) {
        return experts * (1 - Math.pow(1 - (double) topK / experts, n));
    }
}
