package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Projection;

/**
 * Real config.json files give the published exact parameter counts.
 *
 * <p>Hand arithmetic (E = vocab·d; layer = q + k + v + o + 3·d·I; norms = (n·L + 1)·d):
 * <ul>
 * <li>Llama-3.2-3B: E = 128256·3072 = 394,002,432 (tied, once); layer = 2·3072² + 2·3072·1024 + 3·3072·8192
 *     = 100,663,296, ×28 = 2,818,572,288; norms 57·3072 = 175,104; total 3,212,749,824.
 * <li>Meta-Llama-3-8B: 2E = 2·128256·4096 = 1,050,673,152; layer = 2·4096² + 2·4096·1024 + 3·4096·14336
 *     = 218,103,808, ×32 = 6,979,321,856; norms 65·4096 = 266,240; total 8,030,261,248.
 * <li>Mistral-7B-v0.1: 2E = 2·32000·4096 = 262,144,000; layers as Llama-3-8B 6,979,321,856; norms 266,240;
 *     total 7,241,732,096.
 * <li>Qwen2-0.5B: E = 151936·896 = 136,134,656 (tied); layer = 2·896² + 2·896·128 + 3·896·4864 = 14,909,440
 *     plus q/k/v biases 896 + 128 + 128 = 1,152, ×24 = 357,854,208; norms 49·896 = 43,904;
 *     total 494,032,768.
 * <li>gemma-2-2b: E = 256000·2304 = 589,824,000 (tied by Gemma2Config default); head_dim 256, so
 *     q = o = 2304·2048, k = v = 2304·1024; layer = 9,437,184 + 4,718,592 + 3·2304·9216 = 77,856,768,
 *     ×26 = 2,024,275,968; four norms per layer: 105·2304 = 241,920; total 2,614,341,888.
 * <li>Phi-3-mini-4k: 2E = 2·32064·3072 = 197,001,216 (untied); fused qkv 3·3072² + o 3072² + gate_up
 *     3072·16384 + down 8192·3072 = 113,246,208, ×32 = 3,623,878,656; norms 65·3072 = 199,680;
 *     total 3,821,079,552.
 * </ul>
 */
class HfConfigFixturesTest {

    @ParameterizedTest(name = "{0} has {1} parameters")
    @CsvSource({
            "Llama-3.2-3B,           3212749824",
            "Meta-Llama-3-8B,        8030261248",
            "Mistral-7B-v0.1,        7241732096",
            "Qwen2-0.5B,              494032768",
            "gemma-2-2b,             2614341888",
            "Phi-3-mini-4k-instruct, 3821079552",
    })
    void realConfigsGivePublishedExactCounts(String dir, long params) {
        assertThat(HfFixtures.read(dir).totalParams()).isEqualTo(params);
    }

    @Test
    void llama32_3bReadsAsTheBuiltInPreset() {
        assertThat(HfFixtures.read("Llama-3.2-3B")).isEqualTo(Models.LLAMA_3_2_3B);
    }

    @Test
    void llama3_8bHasTheBuiltInPresetsShape() {
        ModelShape m = HfFixtures.read("Meta-Llama-3-8B");
        ModelShape preset = Models.LLAMA_3_8B;
        assertThat(m).usingRecursiveComparison().ignoringFields("name").isEqualTo(preset);
    }

    @ParameterizedTest(name = "{0}: {1} parameters per layer")
    @CsvSource({
            "Q,    9437184",
            "K,    3145728",
            "V,    3145728",
            "O,    9437184",
            "GATE, 25165824",
            "UP,   25165824",
            "DOWN, 25165824",
    })
    void llama32_3bProjectionCounts(Projection p, long params) {
        assertThat(HfFixtures.read("Llama-3.2-3B").projectionParams(p)).isEqualTo(params);
    }

    @Test
    void llama32_3bEmbeddingAndNormCounts() {
        ModelShape m = HfFixtures.read("Llama-3.2-3B");
        assertThat(m.embeddingParams()).isEqualTo(394_002_432L);
        assertThat(m.lmHeadParams()).isZero();
        assertThat(m.normParams()).isEqualTo(175_104L);
    }

    /** 2 · L · kv_heads · head_dim · bytes: 2·28·8·128·2, 2·32·8·128·2, 2·32·8·128·1. */
    @ParameterizedTest(name = "{0} at {1} bits: {2} KV bytes per token")
    @CsvSource({
            "Llama-3.2-3B,    16, 114688",
            "Meta-Llama-3-8B, 16, 131072",
            "Meta-Llama-3-8B,  8,  65536",
    })
    void kvBytesPerToken(String dir, int bits, long bytes) {
        assertThat(HfFixtures.read(dir).kvBytesPerToken(bits)).isEqualTo(bytes);
    }

    @Test
    void familyTraitsComeFromModelType() {
        assertThat(HfFixtures.read("Qwen2-0.5B").attentionBias()).isTrue();
        assertThat(HfFixtures.read("gemma-2-2b").normsPerLayer()).isEqualTo(4);
        assertThat(HfFixtures.read("gemma-2-2b").tieWordEmbeddings()).isTrue();
        assertThat(HfFixtures.read("Phi-3-mini-4k-instruct").headDim()).isEqualTo(96);
    }

    @Test
    void nameComesFromNameOrPathElseTheDirectory() {
        assertThat(HfFixtures.read("Phi-3-mini-4k-instruct").name()).isEqualTo("Phi-3-mini-4k-instruct");
        assertThat(HfFixtures.read("Mistral-7B-v0.1").name()).isEqualTo("Mistral-7B-v0.1");
    }
}
