package org.romaexplorer.model;

/**
 * Which layers attend over everything and which over a sliding window (Mistral v0.1: all layers,
 * 4,096; Gemma-2: every other layer; Gemma-3: five of six). A windowed layer keeps at most
 * {@code window} tokens of KV and attends over at most that many (Beltagy et al. 2020, Longformer;
 * Jiang et al. 2023, Mistral 7B). Only the count of windowed layers matters to KV and attention cost,
 * since every windowed layer has the same window.
 *
 * @param window         W, tokens a windowed layer keeps; 0 for no sliding window
 * @param windowedLayers layers with the window, 0 to L (0 when {@code window} is 0)
 */
public record Attention(int window, int windowedLayers) {
    public static final Attention FULL = new Attention(0, 0);

    public Attention {
        Check.range("sliding_window", window, 0, 1 << 30);
        Check.range("windowed_layers", windowedLayers, 0, 1024);
        if (window == 0 && windowedLayers > 0) {
            throw new InvalidParameterException("sliding_window", "must be positive when layers use it");
        }
    }

    /** The window as a token limit; "no limit" is {@link Long#MAX_VALUE}. */
    public long limit() { return windowedLayers == 0 ? Long.MAX_VALUE : window; }
}
