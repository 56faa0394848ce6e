package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sliding-window layers keep at most the window in KV and attend over at most the window. */
class SlidingWindowTest {
    static final DesignPoint BASE = Models.llama3b();

    static DesignPoint windowed(int window, int layers) {
        return BASE.withModel(BASE.model().withAttention(new Attention(window, layers)));
    }

    @Test
    void slidingWindowModelsFitMoreTokensThanTheSameShapeWithFullAttention() {
        long full = Evaluator.evaluate(BASE).maxTokens();
        assertThat(Evaluator.evaluate(windowed(1024, 14)).maxTokens()).isGreaterThan(full);
        assertThat(Evaluator.evaluate(windowed(1024, 27)).maxTokens()).isGreaterThan(Evaluator.evaluate(windowed(1024, 14)).maxTokens());
    }

    /**
     * Literal layout (one pool, byte-exact), 8-bit KV: one layer-token is 2·8·128 = 2,048 B. The 3B with
     * rank 16 LoRA on q/k/v/o at 16 bits: L·r·Σ(in + out) = 28·16·(6,144 + 4,096 + 4,096 + 6,144) =
     * 9,175,040 params = 18,350,080 B. SRAM 64 MiB = 67,108,864 B → F = 48,758,784 B.
     * Full attention: 28 layers · 2,048 = 57,344 B/token → ⌊F/57,344⌋ = 850.
     * 14 layers windowed at 512: 512 tokens need 512·57,344 = 29,360,128 ≤ F; then full layers
     * (14·2,048 = 28,672 B/token): ⌊(F − 512·28,672)/28,672⌋ = ⌊34,078,720/28,672⌋ = 1,188.
     * Window 1,024 (not reached: 850 < 1,024): 850.
     */
    @ParameterizedTest(name = "window {0} on {1} layers: {2} tokens")
    @CsvSource({
            "0,    0,  850",
            "512,  14, 1188",
            "1024, 14, 850",
            "512,  28, 1073741824",
    })
    void maxTokensPerLayerByHand(int window, int layers, long tokens) {
        DesignPoint p = (window == 0 ? BASE : windowed(window, layers)).withLayout(SramLayout.LITERAL)
                .withHw(BASE.hw().withSramBytes(64L << 20));
        assertThat(Evaluator.evaluate(p).maxTokens()).isEqualTo(tokens);
    }

    @Test
    void fullAttentionCapacityIsTodaysFormula() {
        DesignPoint p = BASE;
        long old = p.layout().maxTokens(p.hw().sramBytes(), p.lora().bytes(p.model()), p.model().kvBytesPerToken(p.kvBits()));
        assertThat(Evaluator.evaluate(p).maxTokens()).isEqualTo(old).isEqualTo(4320);
    }

    @Test
    void decodePastTheWindowCostsNoMoreOnWindowedLayers() {
        Performance all = new Performance(windowed(512, 28));
        assertThat(all.decodeTokensPerS(4096)).isCloseTo(all.decodeTokensPerS(512), within(1e-9));
        Performance half = new Performance(windowed(512, 14));
        Performance full = new Performance(BASE);
        assertThat(half.decodeTokensPerS(4096)).isGreaterThan(full.decodeTokensPerS(4096));
        assertThat(half.decodeTokensPerS(256)).isCloseTo(full.decodeTokensPerS(256), within(1e-9));
    }

    @Test
    void generationAndTtftGainFromTheWindow() {
        Performance half = new Performance(windowed(512, 14));
        Performance full = new Performance(BASE);
        assertThat(half.generationTokensPerS(2048, 4096)).isGreaterThan(full.generationTokensPerS(2048, 4096));
        assertThat(half.ttftSeconds(4096)).isLessThan(full.ttftSeconds(4096));
        assertThat(half.ttftSeconds(256)).isCloseTo(full.ttftSeconds(256), within(1e-15));
    }
}
