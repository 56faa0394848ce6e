package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Models;

/** Warnings of the metrics bar for the paper's 3B design with one knob changed. */
class MetricsTextWarningsTest {

    @ParameterizedTest(name = "{0} = {1}: warns about ''{2}''")
    @CsvSource(delimiter = '|', value = {
        // max tokens of the 3B design at 288 MiB is a few thousand: a 32K cache cannot fit
        "kv_len     | 32768 | KV length 32,768 >",
        "rom_gib    | 1     | Model does not fit in ROM",
        "output_len | 65536 | Context does not fit in SRAM",
        // 8 users hold 540 tokens each: 256 + 4,096 do not fit
        "users      | 8     | 4,352 tokens, 540 fit per user (8 users) (3,812 over); kv_overflow",
    })
    void warnsWhenTheDesignCannotRunAsAsked(String knob, double value, String warning) {
        DesignPoint p = Params.of(knob).set(Models.llama3b(), value);
        Metrics m = Evaluator.evaluate(p);
        assertThat(String.join(" | ", MetricsText.warnings(p, m))).contains(warning);
    }

    @ParameterizedTest
    @CsvSource({"0", "1024", "4320"})
    void aCacheWithinMaxTokensGivesNoKvWarning(int kv) {
        DesignPoint p = Knobs.KV_LEN.set(Models.llama3b(), kv);
        Metrics m = Evaluator.evaluate(p);
        assertThat(m.maxTokens()).isGreaterThanOrEqualTo(kv);
        assertThat(MetricsText.warnings(p, m)).noneMatch(w -> w.startsWith("KV length"));
    }

    @ParameterizedTest
    @CsvSource({"32768", "4321", "100000"})
    void theKvWarningNamesBothNumbers(int kv) {
        DesignPoint p = Knobs.KV_LEN.set(Models.llama3b(), kv);
        Metrics m = Evaluator.evaluate(p);
        String expected = String.format("KV length %,d > %,d max tokens", kv, m.maxTokens());
        assertThat(m.maxTokens()).isLessThan(kv);
        assertThat(MetricsText.warnings(p, m)).anyMatch(w -> w.startsWith(expected));
    }
}
