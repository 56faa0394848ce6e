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

    /** The projections that carry a bias in the Qwen2 family. */
    boolean hasQwenBias() {
        return this == Q || this == K || this == V;
    }

    /** Lower-case name as used in presets and in PEFT's target_modules ("q", "gate", …). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
