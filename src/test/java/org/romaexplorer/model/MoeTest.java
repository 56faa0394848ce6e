package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A mixture of experts: the ROM holds every expert, a token streams its routed ones. Shape: a small
 * model d = 64, I = 128 per expert, 2 layers, 4 heads of 16 (2 KV heads), vocab 100, tied; 8 experts,
 * top-2.
 */
class MoeTest {
    static final ModelShape TINY = new ModelShape("tiny-moe", 64, 128, 2, 4, 2, 16, 100, true, false, 2, 0,
            new Moe(8, 2, 0), Attention.FULL);

    /**
     * attention 2·64·64 + 2·64·32 = 12,288; expert 3·64·128 = 24,576; router 64·8 = 512.
     * Layer, all experts: 12,288 + 8·24,576 + 512 = 209,408; routed: 12,288 + 2·24,576 + 512 = 61,952.
     */
    @Test
    void layerWeightsCountEveryExpertButATokenUsesTopK() {
        assertThat(TINY.linearWeightsPerLayer()).isEqualTo(209_408);
        assertThat(TINY.activeLinearWeightsPerLayer()).isEqualTo(61_952);
        // total = 2·209,408 + E 6,400 + norms (2·2 + 1)·64 = 425,536
        assertThat(TINY.totalParams()).isEqualTo(425_536);
        assertThat(TINY.activeParams()).isEqualTo(425_536 - 2 * (209_408 - 61_952));
    }

    /** A shared expert of width 32 adds 3·64·32 = 6,144 per layer, to both counts. */
    @Test
    void sharedExpertIsAlwaysActive() {
        ModelShape shared = new ModelShape("s", 64, 128, 2, 4, 2, 16, 100, true, false, 2, 0,
                new Moe(8, 2, 32), Attention.FULL);
        assertThat(shared.linearWeightsPerLayer() - TINY.linearWeightsPerLayer()).isEqualTo(6_144);
        assertThat(shared.activeLinearWeightsPerLayer() - TINY.activeLinearWeightsPerLayer()).isEqualTo(6_144);
    }

    /**
     * 4-bit, groups of 64, 16-bit scale, 4-bit zero: a tensor in→out is in·out·4 + out·⌈in/64⌉·20 bits.
     * Attention q 64→64: 16,384 + 1,280; k, v 64→32: 8,192 + 640 each; o 64→64: 17,664 → 52,992 bits.
     * Expert: gate, up 64→128: 32,768 + 2,560 each; down 128→64: 32,768 + 2·64·20 = 35,328 → 105,984.
     * Router 64→8: 2,048 + 160 = 2,208. LM head 64→100: 25,600 + 2,000 = 27,600.
     * ROM = 2·(52,992 + 8·105,984 + 2,208) + 27,600 = 1,833,744 bits = 229,218 B;
     * streamed = 2·(52,992 + 2·105,984 + 2,208) + 27,600 = 561,936 bits.
     */
    @Test
    void romHoldsEveryExpertAndDecodeStreamsTheRouted() {
        Quantization q = new Quantization(4, 64, 16, 4, true, false);
        assertThat(q.romBytes(TINY)).isEqualTo(229_218);
        assertThat(q.streamedBits(TINY)).isEqualTo(561_936);
    }

    /** Rank 4 on gate: attention-only vs per-expert. gate in + out = 192: 2 layers · 4 · 192 · 8 experts. */
    @Test
    void loraOnMlpTargetsIsPerExpertAndComputedForTheRoutedOnly() {
        LoraConfig perExpert = new LoraConfig(4, 16, EnumSet.of(Projection.GATE));
        assertThat(perExpert.params(TINY)).isEqualTo(2L * 4 * 192 * 8);
        assertThat(perExpert.macsPerToken(TINY)).isEqualTo(2L * 4 * 192 * 2);
        LoraConfig attention = new LoraConfig(4, 16, LoraConfig.ATTENTION);
        assertThat(attention.params(TINY)).isEqualTo(attention.macsPerToken(TINY));
    }

    @ParameterizedTest(name = "E={0}, k={1}, n={2}: {3} experts")
    @CsvSource({
            "8,   2,  1, 2",
            "8,   2,  2, 3.5",       // 8·(1 − 0.75²)
            "128, 8,  1, 8",
            "64,  8, 1000, 64",
            "1,   1, 50, 1",
    })
    void expectedUnionOfExperts(int e, int k, long n, double union) {
        assertThat(new Moe(e, k, 0).expectedUnion(n)).isCloseTo(union, within(1e-9));
    }

    /** Same ROM (all 8 experts), but top-2 streams fewer bits than top-8: faster decode, same ROM fit. */
    @Test
    void evalUsesActiveForSpeedAndTotalForRomFit() {
        ModelShape all8 = new ModelShape("all8", 64, 128, 2, 4, 2, 16, 100, true, false, 2, 0,
                new Moe(8, 8, 0), Attention.FULL);
        DesignPoint top2 = Models.llama3b().withModel(TINY);
        DesignPoint top8 = top2.withModel(all8);
        Metrics a = Evaluator.evaluate(top2);
        Metrics b = Evaluator.evaluate(top8);
        assertThat(a.romBytesRequired()).isEqualTo(b.romBytesRequired());
        assertThat(a.paramsTotal()).isEqualTo(b.paramsTotal());
        assertThat(a.paramsActive()).isLessThan(b.paramsActive());
        double ratio = new Performance(top2).stageCycles()[0] / new Performance(top8).stageCycles()[0];
        assertThat(ratio).isCloseTo((double) top2.quant().streamedBits(TINY) / top8.quant().streamedBits(all8), within(1e-12));
        assertThat(a.decodeTokensPerS()).isGreaterThan(b.decodeTokensPerS());
    }
}
