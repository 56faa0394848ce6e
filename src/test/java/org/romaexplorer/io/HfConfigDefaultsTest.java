package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.ModelShape;

/** Fields a config.json leaves out take the defaults of the family's transformers config class. */
class HfConfigDefaultsTest {

    private static ModelShape parse(String json) {
        return HfConfig.parse(json, "test");
    }

    @ParameterizedTest(name = "{0} without tie_word_embeddings is tied: {1}")
    @CsvSource({
            "Meta-Llama-3-8B,        false",
            "Qwen2-0.5B,             false",
            "Mistral-7B-v0.1,        false",
            "gemma-2-2b,             true",
            "Phi-3-mini-4k-instruct, false",
    })
    void tieDefaultDependsOnModelType(String dir, boolean tied) {
        assertThat(parse(HfJson.with(dir, "tie_word_embeddings", null)).tieWordEmbeddings()).isEqualTo(tied);
    }

    @ParameterizedTest(name = "{0} without num_key_value_heads has {1}")
    @CsvSource({
            "Meta-Llama-3-8B,        32",
            "Qwen2-0.5B,             14",
            "Mistral-7B-v0.1,         8",
            "gemma-2-2b,              4",
            "Phi-3-mini-4k-instruct, 32",
    })
    void kvHeadDefaultDependsOnModelType(String dir, int kvHeads) {
        assertThat(parse(HfJson.with(dir, "num_key_value_heads", null)).numKvHeads()).isEqualTo(kvHeads);
    }

    @Test
    void nullKvHeadsMeansAbsent() {
        assertThat(parse(HfJson.with("Meta-Llama-3-8B", "num_key_value_heads", "null")).numKvHeads()).isEqualTo(32);
    }

    @ParameterizedTest(name = "{0} with head_dim {1} has head_dim {2}")
    @CsvSource(nullValues = "absent", value = {
            "Llama-3.2-3B, absent, 128",
            "Llama-3.2-3B, null,   128",
            "gemma-2-2b,   absent, 256",
            "Qwen2-0.5B,   absent,  64",
    })
    void headDimDefaultsToHiddenOverHeadsExceptGemma2(String dir, String value, int headDim) {
        assertThat(parse(HfJson.with(dir, "head_dim", value)).headDim()).isEqualTo(headDim);
    }

    @Test
    void nameOrPathWinsOverTheGivenName() {
        String json = HfJson.with("Mistral-7B-v0.1", "_name_or_path", "\"mistralai/Mistral-7B-v0.1\"");
        assertThat(parse(json).name()).isEqualTo("mistralai/Mistral-7B-v0.1");
        assertThat(parse(HfJson.with("Mistral-7B-v0.1", "_name_or_path", "\"\"")).name()).isEqualTo("test");
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = HfJson.with("Llama-3.2-3B", "roma_explorer_extra", "{\"a\": [1, 2]}");
        assertThat(HfConfig.parse(json, "Llama-3.2-3B")).isEqualTo(HfFixtures.read("Llama-3.2-3B"));
    }

    @Test
    void textConfigOfAMultimodalConfigIsRead() {
        String json = "{\"model_type\": \"llava\", \"_name_or_path\": \"llava-test\", \"text_config\": "
                + HfFixtures.text("Meta-Llama-3-8B") + "}";
        ModelShape m = parse(json);
        assertThat(m.name()).isEqualTo("llava-test");
        assertThat(m.totalParams()).isEqualTo(8_030_261_248L);
    }
}
