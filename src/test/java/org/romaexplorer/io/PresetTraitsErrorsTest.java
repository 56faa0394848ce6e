package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.InvalidParameterException;

/** Bad values in the optional issue-11 preset fields fail naming the field. */
class PresetTraitsErrorsTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "\"weight_packing\" : \"ternary2\" | \"weight_packing\" : \"ternary3\" | quantization.weight_packing: must be integer, ternary2 or ternary5, got \"ternary3\"",
            "\"zero_fraction\" : 0.31 | \"zero_fraction\" : 1.5 | quantization.zero_fraction: must be in [0.0, 0.99], got 1.5",
            "\"num_experts_per_tok\" : 8 | \"num_experts_per_tok\" : 80 | model.experts.num_experts_per_tok: must be in [1, 64], got 80",
            "\"extra_norms_per_layer\" : 4096 | \"extra_norms_per_layer\" : -1 | model.extra_norms_per_layer: must be in [0, 16777216], got -1",
    })
    void badOptionalFieldIsNamed(String good, String bad, String message) {
        String preset = pick(good);
        String json = PresetIo.toJson(PresetIo.bundled(preset), preset).replace(good, bad);
        assertThatThrownBy(() -> PresetIo.parse(json, null)).isInstanceOf(InvalidParameterException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"policy\" : \"swap\" | kv_overflow.policy: must be reject, spill or evict, got \"swap\"",
            "\"sink_tokens\" : -4 | kv_overflow.sink_tokens: must be in [0, 1048576], got -4",
    })
    void badKvOverflowIsNamed(String bad, String message) {
        String json = PresetIo.toJson(PresetIo.bundled("llama3.2-3b-int4"), "p")
                .replace(bad.startsWith("\"policy") ? "\"policy\" : \"reject\"" : "\"sink_tokens\" : 4", bad);
        assertThatThrownBy(() -> PresetIo.parse(json, null)).isInstanceOf(InvalidParameterException.class)
                .hasMessage(message);
    }

    private static String pick(String good) {
        return good.contains("weight_packing") || good.contains("zero_fraction") ? "bitnet-2b4t-ternary" : "olmoe-1b-7b-int2";
    }
}
