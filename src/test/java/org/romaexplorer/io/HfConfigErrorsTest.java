package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.romaexplorer.model.InvalidParameterException;

/** Bad config.json input fails with an InvalidParameterException that names the JSON field. */
class HfConfigErrorsTest {

    private static InvalidParameterException failure(String json) {
        return catchThrowableOfType(InvalidParameterException.class, () -> HfConfig.parse(json, "test"));
    }

    /** Edits of Meta-Llama-3-8B; "absent" removes the field; values are JSON text. */
    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "absent", value = {
            "hidden_size          | absent  | hidden_size: missing",
            "num_hidden_layers    | '\"abc\"' | num_hidden_layers: must be an integer, got \"abc\"",
            "num_hidden_layers    | -2      | num_hidden_layers: must be in [1, 1024], got -2",
            "num_hidden_layers    | 32.0    | num_hidden_layers: must be an integer, got 32.0",
            "vocab_size           | 1e30    | vocab_size: must be an integer, got 1.0E30",
            "vocab_size           | 99999999999 | vocab_size: out of range, got 99999999999",
            "num_key_value_heads  | 5       | num_key_value_heads: must divide num_attention_heads (32), got 5",
            "num_attention_heads  | 0       | num_attention_heads: must be in [1, 4096], got 0",
            "num_attention_heads  | 3       | num_attention_heads: must divide hidden_size (4096) when head_dim is absent, got 3",
            "tie_word_embeddings  | '\"yes\"' | tie_word_embeddings: must be true or false, got \"yes\"",
            "model_type           | absent  | model_type: missing",
            "model_type           | '\"falcon\"' | model_type: unsupported \"falcon\", expected one of [llama, mistral, qwen2, gemma2, phi3, qwen3, qwen3_moe, gemma3_text, gemma3, smollm3, bitnet, mixtral, olmoe]",
            "model_type           | 7       | model_type: must be a string, got 7",
            "attention_bias       | true    | attention_bias: true (biases on q, k, v and o) is not supported; only Qwen2's q/k/v biases are modelled",
            "mlp_bias             | true    | mlp_bias: true is not supported",
    })
    void badFieldIsNamed(String field, String value, String message) {
        InvalidParameterException e = failure(HfJson.with("Meta-Llama-3-8B", field, value));
        assertThat(e.field()).isEqualTo(field);
        assertThat(e).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"hidden_size\": 4096,", "{\"a\": 1} trailing", "{\"a\": 1, \"a\": 2}", "", "nope"})
    void malformedJsonIsReportedAgainstTheFileWithAPosition(String json) {
        InvalidParameterException e = failure(json);
        assertThat(e.field()).isEqualTo(HfConfig.FILE_FIELD);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void malformedJsonMessageGivesLineAndColumn() {
        assertThat(failure("{\n  \"hidden_size\": 4096\n  \"x\": 1\n}").getMessage())
                .startsWith("config.json: not valid JSON at line 3, column 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2]", "42", "null", "\"text\""})
    void nonObjectDocumentIsRejected(String json) {
        assertThat(failure(json)).hasMessageStartingWith("config.json: must be a JSON object {…}, got ");
    }

    @Test
    void nestedTextConfigErrorsCarryThePrefix() {
        String text = HfJson.with("Meta-Llama-3-8B", "num_hidden_layers", "0");
        InvalidParameterException e = failure("{\"model_type\": \"llava\", \"text_config\": " + text + "}");
        assertThat(e.field()).isEqualTo("text_config.num_hidden_layers");
    }

    @Test
    void unreadableFileIsReportedAgainstTheFile() {
        Path missing = Path.of("no", "such", "config.json");
        InvalidParameterException e = catchThrowableOfType(InvalidParameterException.class,
                () -> HfConfig.read(missing));
        assertThat(e.field()).isEqualTo(HfConfig.FILE_FIELD);
        assertThat(e.getMessage()).isEqualTo("config.json: no such file: " + missing);
    }
}
