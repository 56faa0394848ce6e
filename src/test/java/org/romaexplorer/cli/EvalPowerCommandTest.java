package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** eval --json splits power and energy per token five ways; power grows with the SRAM it has. */
class EvalPowerCommandTest {
    private static final String[] KINDS = {"rom_read", "compute", "sram", "vector", "leakage"};

    private static JsonNode eval(String... set) throws Exception {
        String[] args = new String[4 + 2 * set.length];
        args[0] = "eval";
        args[1] = "--preset";
        args[2] = "llama3.2-3b-int4";
        for (int i = 0; i < set.length; i++) {
            args[3 + 2 * i] = "--set";
            args[4 + 2 * i] = set[i];
        }
        args[args.length - 1] = "--json";
        CliTest.Run r = CliTest.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @ParameterizedTest
    @CsvSource({"sram_mb=288, sram_mb=1024", "sram_mb=64, sram_mb=128"})
    void powerGrowsWithSramAndBothBreakdownsSumToTheirTotals(String small, String large) throws Exception {
        JsonNode a = eval(small);
        JsonNode b = eval(large);
        assertThat(b.get("power_w").asDouble()).isGreaterThan(a.get("power_w").asDouble());
        for (JsonNode n : new JsonNode[] {a, b}) {
            for (String prefix : new String[] {"power_w", "energy_per_token_j"}) {
                double sum = 0;
                for (String k : KINDS) {
                    sum += n.get(prefix + "_" + k).asDouble();
                }
                assertThat(sum).isCloseTo(n.get(prefix + "_total").asDouble(), within(sum * 1e-12));
            }
            assertThat(n.get("power_w_total").asDouble()).isCloseTo(n.get("power_w").asDouble(), within(1e-9));
        }
    }
}
