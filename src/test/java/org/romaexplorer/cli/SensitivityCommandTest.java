package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.Constants;

class SensitivityCommandTest {

    @Test
    void jsonListsEveryConstantWithTheMetricAtBothEnds() throws Exception {
        CliTest.Run r = CliTest.run("sensitivity", "--preset", "llama3.2-3b-int4", "--set", "sram_mb=512",
                "--metric", "power_w", "--json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("metric").asText()).isEqualTo("power_w");
        assertThat(root.get("constants")).hasSize(org.romaexplorer.model.Params.uncertain().size());
        JsonNode top = root.get("constants").get(0);
        assertThat(top.get("swing").asDouble()).isPositive();
        assertThat(top.get("metric_at_low").isNumber()).isTrue();
    }

    @Test
    void anUnknownMetricExitsWithOneLineNamingTheOption() {
        CliTest.Run r = CliTest.run("sensitivity", "--preset", "llama3.2-3b-int4", "--metric", "speed");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("--metric");
    }
}
