package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Attention;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Moe;

/**
 * The 2025 families (Qwen3, Qwen3-MoE, Gemma-3, Phi-4-mini, SmolLM3, BitNet, Mixtral, OLMoE) give their
 * published parameter counts. Fixtures: {@code src/test/resources/hf/README.md}.
 *
 * <p>Hand arithmetic (E = vocab·d; attention = q + k + v + o; MLP = 3·d·I per expert; norms (n·L + 1)·d
 * plus extra norms per layer):
 * <ul>
 * <li>Qwen3-0.6B: E = 151936·1024 = 155,582,464 (tied); attention 2·1024·2048 + 2·1024·1024 = 6,291,456;
 *     MLP 9,437,184; q/k norms 2·128; norms 2·1024: layer 15,730,944, ×28 = 440,466,432; + final 1,024:
 *     596,049,920. The checkpoint stores the tied LM head again: 751,632,384 in its safetensors.
 * <li>Qwen3-30B-A3B: 2E = 622,329,856; attention 2·2048·4096 + 2·2048·512 = 18,874,368; 128 experts of
 *     3·2048·768 = 4,718,592 → 603,979,776; router 2048·128 = 262,144; q/k norms 256; norms 4,096:
 *     layer 623,120,640, ×48 + 2E + 2,048 = 30,532,122,624. Active (8 experts): 3,353,032,704.
 * <li>Gemma-3-1B: E = 262144·1152 = 301,989,888 (tied); attention 2·1152·1024 + 2·1152·256 = 2,949,120;
 *     MLP 23,887,872; q/k norms 512; four norms 4,608: layer 26,842,112, ×26 + E + 1,152 = 999,885,952.
 * <li>Gemma-3-4B text (gemma3 with text_config; heads 8, kv heads 4 and vocab 262,208 from Gemma3TextConfig
 *     defaults): attention 15,728,640; MLP 78,643,200; norms 512 + 10,240: layer 94,382,592, ×34 =
 *     3,209,008,128 non-embedding; + E 671,252,480 + 2,560 = 3,880,263,168.
 * <li>Phi-4-mini: E = 200064·3072 = 614,596,608 (tied); layer 100,663,296 (as Llama-3.2-3B), ×32 +
 *     65·3072 = 3,836,021,760.
 * <li>SmolLM3-3B: E = 128256·2048 = 262,668,288 (tied); attention 10,485,760; MLP 67,633,152; norms 4,096:
 *     layer 78,123,008, ×36 + E + 2,048 = 3,075,098,624.
 * <li>BitNet b1.58 2B4T: E = 128256·2560 = 328,335,360 (tied); attention 16,384,000; MLP 53,084,160;
 *     norms 5,120; sub-norms 2,560 + 6,912: layer 69,482,752, ×30 + E + 2,560 = 2,412,820,480.
 * <li>Mixtral-8x7B: 2E = 262,144,000; attention 41,943,040; 8 experts of 176,160,768; router 32,768;
 *     norms 8,192: layer 1,451,270,144, ×32 + 2E + 4,096 = 46,702,792,704. Active (2): 12,879,925,248.
 * <li>OLMoE-1B-7B: 2E = 206,045,184; attention 16,777,216; q/k norms 2,048 + 2,048; 64 experts of
 *     6,291,456; router 131,072; norms 4,096: layer 419,569,664, ×16 + 2E + 2,048 = 6,919,161,856.
 *     Active (8): 1,282,017,280.
 * </ul>
 */
class HfModernFamiliesTest {

    /** The hand-derived count, exact. */
    @ParameterizedTest(name = "{0} has exactly {1} parameters")
    @CsvSource({
            "Qwen3-0.6B,            596049920",
            "Qwen3-30B-A3B,       30532122624",
            "gemma-3-1b-pt,         999885952",
            "gemma-3-4b-it,        3880263168",
            "Phi-4-mini-instruct,  3836021760",
            "SmolLM3-3B,           3075098624",
            "bitnet-b1.58-2B-4T,   2412820480",
            "Mixtral-8x7B-v0.1,   46702792704",
            "OLMoE-1B-7B-0924,     6919161856",
    })
    void handDerivedCounts(String dir, long params) {
        assertThat(HfFixtures.read(dir).totalParams()).isEqualTo(params);
    }

    /**
     * Against the published totals (how each was found: src/test/resources/hf/README.md). Exact (tolerance 0)
     * where the published figure is an integer: the Hugging Face Hub's safetensors total of the checkpoint.
     * Otherwise half a unit of the last published digit, relative.
     */
    @ParameterizedTest(name = "{0}: total {1} within {2} ({3})")
    @CsvSource({
            "Mixtral-8x7B-v0.1,  46702792704, 0,     Hub safetensors total; Mistral AI: 46.7B",
            "gemma-3-1b-pt,        999885952, 0,     Hub safetensors total",
            "Qwen3-30B-A3B,      30532122624, 0,     Hub safetensors total; model card: 30.5B",
            "Phi-4-mini-instruct, 3836021760, 0,     Hub safetensors total; model card: 3.8B",
            "SmolLM3-3B,          3075098624, 0,     Hub safetensors index total_parameters",
            "OLMoE-1B-7B-0924,    6919161856, 0,     Hub safetensors headers; OLMoE paper: 6.9B",
            "Qwen3-0.6B,           0.6e9,     0.084, model card: 0.6B (the Hub's 751632384 counts the tied head twice)",
            "bitnet-b1.58-2B-4T,   2e9,       0.25,  model card: ~2 billion; technical report: 2-billion scale",
    })
    void publishedTotals(String dir, double published, double relTolerance, String source) {
        assertThat((double) HfFixtures.read(dir).totalParams()).isCloseTo(published, within(published * relTolerance + 0.5));
    }

    /** Qwen3's model card also gives the non-embedding count: 0.44B for the 0.6B, 29.9B for the 30B-A3B. */
    @ParameterizedTest(name = "{0}: non-embedding {1} ± {2}")
    @CsvSource({"Qwen3-0.6B, 0.44e9, 0.005e9", "Qwen3-30B-A3B, 29.9e9, 0.05e9"})
    void qwen3NonEmbeddingMatchesTheModelCard(String dir, double published, double halfUnit) {
        ModelShape m = HfFixtures.read(dir);
        long embeddings = m.embeddingParams() + m.lmHeadParams();
        assertThat((double) (m.totalParams() - embeddings)).isCloseTo(published, within(halfUnit));
    }

    /**
     * The Hub's total for gemma-3-4b-it, 4,300,079,472, is the text model this reader counts plus the SigLIP vision
     * tower and the projector, both counted here by hand from the fixture's vision_config (h = 1152, I = 4304,
     * 27 layers, 14-px patches of an 896-px image): patch embedding 3·14²·h + h, positions (896/14)²·h, per layer
     * q/k/v/o 4·(h² + h) + two layer norms 4h + MLP (h·I + I) + (I·h + h), a final layer norm 2h; projector
     * h·2560 and its RMS norm h.
     */
    @Test
    void gemma3TextPlusVisionTowerIsTheHubTotal() {
        var vision = HfJson.tree("gemma-3-4b-it").get("vision_config");
        long h = vision.get("hidden_size").asLong();
        long inter = vision.get("intermediate_size").asLong();
        long patch = vision.get("patch_size").asLong();
        long positions = (vision.get("image_size").asLong() / patch) * (vision.get("image_size").asLong() / patch);
        long layer = 4 * (h * h + h) + 4 * h + (h * inter + inter) + (inter * h + h);
        long tower = 3 * patch * patch * h + h + positions * h + vision.get("num_hidden_layers").asLong() * layer + 2 * h;
        ModelShape text = HfFixtures.read("gemma-3-4b-it");
        long projector = h * text.hiddenSize() + h;
        assertThat(tower).isEqualTo(416_866_032L);
        assertThat(text.totalParams() + tower + projector).isEqualTo(4_300_079_472L);
    }

    @ParameterizedTest(name = "{0}: active {1} within {2} ({3})")
    @CsvSource({
            "Qwen3-30B-A3B,     3.3e9,  0.02,   model card: 3.3B activated (hand count 3.353B; the card truncates)",
            "Mixtral-8x7B-v0.1, 12.9e9, 0.0039, Mistral AI: 12.9B active",
            "OLMoE-1B-7B-0924,  1.3e9,  0.0385, OLMoE paper: 1.3B active",
    })
    void publishedActive(String dir, double published, double relTolerance, String source) {
        assertThat((double) HfFixtures.read(dir).activeParams()).isCloseTo(published, within(published * relTolerance));
    }

    @Test
    void handDerivedActiveCounts() {
        assertThat(HfFixtures.read("Qwen3-30B-A3B").activeParams()).isEqualTo(3_353_032_704L);
        assertThat(HfFixtures.read("Mixtral-8x7B-v0.1").activeParams()).isEqualTo(12_879_925_248L);
        assertThat(HfFixtures.read("OLMoE-1B-7B-0924").activeParams()).isEqualTo(1_282_017_280L);
        assertThat(HfFixtures.read("Qwen3-0.6B").activeParams()).isEqualTo(596_049_920L);
    }

    @Test
    void qwen3StoresItsTiedHeadTwiceInTheCheckpoint() {
        ModelShape m = HfFixtures.read("Qwen3-0.6B");
        assertThat(m.totalParams() + m.embeddingParams()).isEqualTo(751_632_384L);
    }

    @Test
    void gemma3NonEmbeddingMatchesTheTechnicalReport() {
        ModelShape m = HfFixtures.read("gemma-3-4b-it");
        long nonEmbedding = m.totalParams() - m.embeddingParams();
        assertThat((double) nonEmbedding).isCloseTo(3_209e6, within(0.5e6 + 2_560)); // Gemma 3 report, Table 1
    }

    @Test
    void expertsComeFromEachFamilysFields() {
        assertThat(HfFixtures.read("Qwen3-30B-A3B").moe()).isEqualTo(new Moe(128, 8, 0));
        assertThat(HfFixtures.read("Qwen3-30B-A3B").intermediateSize()).isEqualTo(768);
        assertThat(HfFixtures.read("Mixtral-8x7B-v0.1").moe()).isEqualTo(new Moe(8, 2, 0));
        assertThat(HfFixtures.read("OLMoE-1B-7B-0924").moe()).isEqualTo(new Moe(64, 8, 0));
        assertThat(HfFixtures.read("Qwen3-0.6B").moe()).isEqualTo(Moe.DENSE);
    }

    @ParameterizedTest(name = "{0}: window {1} on {2} layers")
    @CsvSource({
            "gemma-3-1b-pt,         512, 22",  // 26 layers, every 6th global: 5, 11, 17, 23
            "gemma-3-4b-it,        1024, 29",  // 34 layers: 5 global
            "gemma-2-2b,           4096, 13",  // every other layer of 26
            "Mistral-7B-v0.1,      4096, 32",
            "Phi-3-mini-4k-instruct, 2047, 32",
            "Phi-4-mini-instruct, 262144, 32",
            "Qwen3-0.6B,              0,  0",  // use_sliding_window: false
            "Mixtral-8x7B-v0.1,       0,  0",  // sliding_window: null
            "Meta-Llama-3-8B,         0,  0",
    })
    void slidingWindowLayers(String dir, int window, int layers) {
        assertThat(HfFixtures.read(dir).attention()).isEqualTo(window == 0 ? Attention.FULL : new Attention(window, layers));
    }

    @Test
    void layerTypesListWinsOverTheFamilyRule() {
        String json = HfFixtures.text("gemma-3-1b-pt").replace("\"sliding_window_pattern\": 6,",
                "\"layer_types\": [" + "\"sliding_attention\",".repeat(20) + "\"full_attention\",".repeat(5)
                        + "\"full_attention\"],");
        assertThat(HfConfig.parse(json, "g").attention()).isEqualTo(new Attention(512, 20));
    }

    @Test
    void extraNormsPerFamily() {
        assertThat(HfFixtures.read("Qwen3-0.6B").extraNormsPerLayer()).isEqualTo(256);
        assertThat(HfFixtures.read("OLMoE-1B-7B-0924").extraNormsPerLayer()).isEqualTo(4096);
        assertThat(HfFixtures.read("bitnet-b1.58-2B-4T").extraNormsPerLayer()).isEqualTo(2560 + 6912);
        assertThat(HfFixtures.read("SmolLM3-3B").extraNormsPerLayer()).isZero();
    }
}
