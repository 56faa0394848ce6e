package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bits per tensor class (attention, LM head, embedding; the FFN keeps base_bits): exact ROM bytes of Llama-3.1-8B
 * (d 4096, FFN 14336, 32 layers, 8 KV heads of 128, vocabulary 128,256, untied), worked by hand per tensor:
 * attention 41,943,040 weights a layer, FFN 176,160,768, each vocabulary table 525,336,576; scales
 * out·⌈in/g⌉·(scale + zero) bits per tensor.
 */
class MixedPrecisionTest {
    private static final ModelShape LLAMA_31_8B = Models.LLAMA_3_8B;

    @ParameterizedTest(name = "base {0}, attention {1}, head {2}, embedding {3}, groups of {4} → {9} bytes")
    @CsvSource({
            // 3-bit FFN, 6-bit attention, head and embedding, FP16 scale per 128: attention 8,053,063,680 + 167,772,160
            // bits, FFN 16,911,433,728 + 704,643,072, each table 3,152,019,456 + 65,667,072 → 32,272,285,696 bits
            "3, 6, 6, 6, 128, 16, 0, true,  true,  4034035712",
            // 3 bits everywhere but a 6-bit embedding, 6-bit scales per 64 (the other reading of "3- and 6-bit")
            "3, 0, 0, 6,  64,  6, 0, true,  true,  3302350848",
            // the same without the 6-bit embedding: 3 bits everywhere
            "3, 0, 0, 0,  64,  6, 0, true,  true,  3105349632",
            // ROMA's 2-bit 8B without its LM head (docs/paper-fit.md: 1.739 GiB): class bits at 0 change nothing
            "2, 0, 0, 0, 128, 16, 2, false, false, 1867513856",
            // 8-bit attention and head over a 4-bit FFN
            "4, 8, 8, 0, 128, 16, 4, true,  false, 4832661504",
    })
    void romBytesPerTensorClass(int base, int attention, int head, int embedding, int group, int scale, int zero,
                                boolean headInRom, boolean embeddingInRom, long bytes) {
        Quantization q = new Quantization(base, group, scale, zero, headInRom, embeddingInRom)
                .withClassBits(attention, head, embedding);
        assertThat(q.romBytes(LLAMA_31_8B)).isEqualTo(bytes);
    }

    @Test
    void classBitsAtZeroAreTheSingleFormat() {
        for (DesignPoint p : new DesignPoint[] {Models.llama3b(), Models.llama8b()}) {
            Quantization q = p.quant();
            Quantization same = q.withClassBits(0, 0, 0);
            assertThat(same).isEqualTo(q);
            assertThat(same.mixed()).isFalse();
            assertThat(Evaluator.evaluate(p.withQuant(same))).isEqualTo(Evaluator.evaluate(p));
        }
    }

    /** The head's bits set the streamed bits too (its compute), whether or not it is counted in the ROM. */
    @Test
    void headBitsChangeTheStreamedWeights() {
        Quantization q = Models.llama8b().quant();
        long table = (long) LLAMA_31_8B.hiddenSize() * LLAMA_31_8B.vocabSize();
        long extra = q.withClassBits(0, 8, 0).streamedBits(LLAMA_31_8B) - q.streamedBits(LLAMA_31_8B);
        assertThat(extra).isEqualTo(table * (8 - 2));
        assertThat(q.withClassBits(0, 8, 0).romBytes(LLAMA_31_8B)).isEqualTo(q.romBytes(LLAMA_31_8B)); // head not in ROM
    }

    /** A ternary model with an 8-bit head: the head is stored as integers, the layers keep their 2-bit codes. */
    @Test
    void integerHeadBesideTernaryLayers() {
        Quantization tern = new Quantization(2, 65_536, 16, 0, true, false, WeightPacking.TERNARY_5_PER_BYTE, 0.31);
        long table = (long) LLAMA_31_8B.hiddenSize() * LLAMA_31_8B.vocabSize();
        long head5 = 128_256L * ModelShape.ceilDiv(4096, 5) * 8; // 5 trits per byte
        long bits = (tern.withClassBits(0, 8, 0).romBytes(LLAMA_31_8B) - tern.romBytes(LLAMA_31_8B)) * 8;
        assertThat(bits).isBetween(table * 8 - head5 - 8, table * 8 - head5 + 8);
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"attention_bits, 5", "lm_head_bits, 1", "embedding_bits, 32", "attention_bits, -2"})
    void onlyTheListedBitsAreAccepted(String key, double bits) {
        assertThatThrownBy(() -> Params.of(key).set(Models.llama3b(), bits))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining(key);
    }
}
