package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.LoraConfig;
import org.romaexplorer.model.Models;

/** A preset's resident adapters: {@code lora.adapters} and the per-adapter {@code lora.other_ranks}. */
class ServingPresetTest {
    private static final String GOOD = PresetIo.toJson(Models.llama3b(), "t");

    private static String lora(String fields) {
        return GOOD.replace("\"adapters\" : 1", fields);
    }

    @Test
    void perAdapterRanksAreReadInOrderAndWrittenBack() {
        DesignPoint p = PresetIo.parse(lora("\"adapters\" : 3, \"other_ranks\" : [64, 8]"), null);
        LoraConfig l = p.lora();
        assertThat(l.adapters()).isEqualTo(3);
        assertThat(List.of(l.rankOf(0), l.rankOf(1), l.rankOf(2))).containsExactly(16, 64, 8);
        assertThat(PresetIo.parse(PresetIo.toJson(p, "t"), null)).isEqualTo(p);
        assertThat(PresetIo.toJson(p, "t")).contains("\"other_ranks\" : [ 64, 8 ]");
    }

    @Test
    void aPresetWithoutOtherRanksWritesNone() {
        assertThat(GOOD).doesNotContain("other_ranks").contains("\"adapters\" : 1");
    }

    @Test
    void adaptersPastTheListHaveTheDesignsRank() {
        DesignPoint p = PresetIo.parse(lora("\"adapters\" : 4, \"other_ranks\" : [64]"), null);
        // 1,179,648 − 3 · 73,728 (rank 16) − 286,720 (rank 64) = 671,744 B per unit, 256 B per token
        assertThat(Evaluator.evaluate(p).maxTokens()).isEqualTo(2624);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"adapters\" : 2, \"other_ranks\" : 64 | lora.other_ranks: must be a list of ranks such as [16, 64]",
        "\"adapters\" : 2, \"other_ranks\" : [16.5] | lora.other_ranks: must hold whole ranks, got 16.5",
        "\"adapters\" : 2, \"other_ranks\" : [\"a\"] | lora.other_ranks: must hold whole ranks, got \"a\"",
        "\"adapters\" : 2, \"other_ranks\" : [2000] | lora.other_ranks: must be in [0, 1024], got 2000",
        "\"adapters\" : 0 | lora.adapters: must be in [1, 256], got 0"})
    void aBadAdapterFieldIsNamed(String field, String message) {
        assertThatThrownBy(() -> PresetIo.parse(lora(field), null)).hasMessage(message);
    }
}
