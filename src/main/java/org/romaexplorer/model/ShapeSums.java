package org.romaexplorer.model;

import java.util.Set;

/**
 * The integer sums of a model shape that {@link Evaluator} needs on every point, under a quantization and a set of
 * LoRA targets: the exact ROM bytes and streamed weight bits ({@link Quantization}), the parameter counts
 * ({@link ModelShape}) and one adapter's parameters and MACs per unit of rank ({@link LoraConfig}). They are computed
 * by those classes' own methods and kept per thread for the last few combinations: the points of a sweep, an
 * optimizer's population and the uncertainty samples share their shapes, so they pay for the sums once. Keys match
 * by equality (records), so a reconstructed but equal quantization finds its entry.
 *
 * @param romBytes          ROM bytes the quantized model needs ({@link Quantization#romBytes})
 * @param streamedBits      weight bits streamed per token ({@link Quantization#streamedBits})
 * @param totalParams       every parameter ({@link ModelShape#totalParams})
 * @param unroutedParams    expert weights a token is not routed to ({@link ModelShape#unroutedParams})
 * @param loraParamsPerRank parameters of one adapter of rank 1 over all layers ({@link LoraConfig#params} at r = 1)
 * @param loraMacsPerRank   its MACs per token ({@link LoraConfig#macsPerTokenPerRank})
 */
record ShapeSums(ModelShape model, Quantization quant, Set<Projection> targets, long romBytes, long streamedBits,
                 long totalParams, long unroutedParams, long loraParamsPerRank, long loraMacsPerRank) {

    private static final int SLOTS = 8;
    private static final ThreadLocal<Slots> CACHE = ThreadLocal.withInitial(Slots::new);

    /** The last {@link #SLOTS} combinations this thread evaluated, replaced in turn. */
    private static final class Slots {
        final ShapeSums[] entries = new ShapeSums[SLOTS];
        int next;
    }

    /** The sums of the design point's model, quantization and LoRA targets. */
    static ShapeSums of(DesignPoint p) {
        return of(p.model(), p.quant(), p.lora().targets());
    }

    static ShapeSums of(ModelShape m, Quantization q, Set<Projection> targets) {
        Slots s = CACHE.get();
        for (ShapeSums e : s.entries) {
            if (e != null && e.matches(m, q, targets)) {
                return e;
            }
        }
        LoraConfig one = new LoraConfig(1, 16, targets);
        ShapeSums e = new ShapeSums(m, q, targets, q.romBytes(m), q.streamedBits(m), m.totalParams(), m.unroutedParams(),
                one.params(m), one.macsPerTokenPerRank(m));
        s.entries[s.next] = e;
        s.next = (s.next + 1) % SLOTS;
        return e;
    }

    private boolean matches(ModelShape m, Quantization q, Set<Projection> t) {
        return (model == m || model.equals(m)) && (quant == q || quant.equals(q)) && (targets == t || targets.equals(t));
    }
}
