package org.romaexplorer.model;

/** The seven linear projections of a decoder layer, with their input and output widths. */
public enum Projection {
    Q, K, V, O, GATE, UP, DOWN;

    public long inDim(ModelShape s) {
        return switch (this) {
            case O -> s.qDim();
            case DOWN -> s.intermediateSize();
            default -> s.hiddenSize();
        };
    }

    public long outDim(ModelShape s) {
        return switch (this) {
            case Q -> s.qDim();
            case K, V -> s.kvDim();
            case O, DOWN -> s.hiddenSize();
            case GATE, UP -> s.intermediateSize();
        };
    }

    /**
     * Copies of this projection in one layer: 1 for attention, E (or k when only the routed ones count)
     * for the MLP projections of a mixture of experts.
     */
    public long copies(ModelShape s, boolean active) {
        boolean mlp = this == GATE || this == UP || this == DOWN;
        return mlp ? (active ? s.moe().topK() : s.moe().experts()) : 1;
    }

    /** q, k, v and o: the attention class of mixed precision ({@link Quantization#attentionBits()}). */
    public boolean attention() {
        return this == Q || this == K || this == V || this == O;
    }

    /** The projections that carry a bias in the Qwen2 family. */
    boolean hasQwenBias() {
        return this == Q || this == K || this == V;
    }

    /** Lower-case name as used in presets and in PEFT's target_modules ("q", "gate", …). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
