package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "done when" through the CLI: MoE totals and active counts, spill, evict. */
class LongContextCliTest {

    @ParameterizedTest(name = "{0}: total {1}, active {2}")
    @CsvSource({
            "Mixtral-8x7B-v0.1, 46702792704, 12879925248",
            "Qwen3-30B-A3B,     30532122624,  3353032704",
            "OLMoE-1B-7B-0924,   6919161856,  1282017280",
            "gemma-3-1b-pt,       999885952,   999885952",
    })
    void modelReportsTotalAndActive(String dir, long total, long active) throws Exception {
        JsonNode j = CliTest.json(CliTest.run("model", "--hf-config", "src/test/resources/hf/" + dir + "/config.json", "--json"));
        assertThat(j.get("params_total").asLong()).isEqualTo(total);
        assertThat(j.get("params_active").asLong()).isEqualTo(active);
    }

    /** 2K + 4K = 6,144 tokens; the 3B preset's SRAM holds 4,320: 1,824 spill. */
    @Test
    void spillReportsSpilledTokensAndASlowerFiniteSpeed() throws Exception {
        JsonNode reject = twoKInput("reject");
        JsonNode spill = twoKInput("spill");
        assertThat(reject.get("kv_spilled_tokens").asLong()).isZero();
        assertThat(spill.get("kv_spilled_tokens").asLong()).isEqualTo(6144 - 4320);
        double gen = spill.get("generation_tokens_per_s").asDouble();
        assertThat(gen).isFinite().isPositive().isLessThan(reject.get("generation_tokens_per_s").asDouble());
        assertThat(spill.get("tokens_per_joule").asDouble()).isLessThan(reject.get("tokens_per_joule").asDouble());
    }

    @Test
    void evictIsFasterThanRejectPastTheCapacity() throws Exception {
        JsonNode reject = twoKInput("reject");
        JsonNode evict = twoKInput("evict");
        assertThat(evict.get("kv_spilled_tokens").asLong()).isZero();
        assertThat(evict.get("generation_tokens_per_s").asDouble()).isGreaterThan(reject.get("generation_tokens_per_s").asDouble());
    }

    @Test
    void sweepVariesThePolicyByName() {
        org.romaexplorer.sweep.Axis a = org.romaexplorer.sweep.AxisParser.parse("kv_overflow=reject,spill,evict");
        assertThat(a.values()).containsExactly(0.0, 1.0, 2.0);
    }

    @Test
    void badPolicyNamesTheKnob() {
        CliTest.Run r = CliTest.run("eval", "--preset", "llama3.2-3b-int4", "--set", "kv_overflow=swap");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("kv_overflow: must be a number or reject, spill or evict, got 'swap'");
    }

    /** The 3B preset with a 2,048-token prompt under a policy, as JSON. */
    private static JsonNode twoKInput(String policy) throws Exception {
        return CliTest.json(CliTest.run("eval", "--preset", "llama3.2-3b-int4", "--set", "input_len=2048",
                "--set", "kv_overflow=" + policy, "--json"));
    }
}
