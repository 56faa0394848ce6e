package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cost} and the cost metrics of {@code eval} and {@code sweep}. */
class CostCommandTest {

    @Test
    void evalCarriesTheCostMetricsAndCostTheSameNumbers() throws Exception {
        JsonNode eval = CliTest.json(CliTest.run("eval", "--preset", "llama3.2-3b-int4", "--set", "node_nm=5", "--json"));
        JsonNode cost = CliTest.json(CliTest.run("cost", "--preset", "llama3.2-3b-int4", "--set", "node_nm=5", "--json"));
        for (String key : List.of("dies_per_wafer", "die_yield", "die_cost_usd", "chip_cost_usd", "nre_usd", "respin_masks",
                "respin_nre_usd", "nre_per_chip_usd", "energy_per_chip_usd", "cost_per_mtok_usd")) {
            assertThat(eval.get(key).asDouble()).as(key).isEqualTo(cost.get(key).asDouble()).isPositive();
        }
        // 5 nm: the node table's wafer ($16,988) and mask set ($18.1 M)
        assertThat(cost.get("wafer_usd_at_node").asDouble()).isCloseTo(16_988, within(1e-9));
        assertThat(cost.get("mask_set_usd_at_node").asDouble()).isCloseTo(18.1e6, within(1e-6));
        assertThat(cost.get("baselines")).hasSize(4);
        assertThat(cost.get("baselines").get(2).get("baseline").asText()).isEqualTo("h100sxm");
    }

    @Test
    void theTextSaysWhatAMetalReSpinSaves() {
        CliTest.Run r = CliTest.run("cost", "--preset", "llama3.2-3b-int4");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Model update: 2.0 of 80 masks, $0.53 M + engineering $2.00 M = $2.53 M; a full set "
                + "would be $12.50 M: 80% less (masks alone 95% less)")
                .contains("cost per million tokens: $0.000777")
                .contains("The design costs less per token than the RTX 4090 above 766 chips per model");
        CliTest.Run sram = CliTest.run("cost", "--preset", "llama3.2-3b-int4", "--set", "weight_cell=sram");
        assertThat(sram.out()).contains("Model update: no masks (the weights are reloaded into SRAM)")
                .contains("larger than one 26 × 33 mm reticle field");
    }

    @Test
    void aFullSetCellReSpinsEveryMask() throws Exception {
        JsonNode rom = CliTest.json(CliTest.run("cost", "--preset", "llama3.2-3b-int4", "--set", "weight_cell=rom", "--json"));
        assertThat(rom.get("respin_masks").asDouble()).isEqualTo(80);
        assertThat(rom.get("respin_saving_vs_full_set").asDouble()).isZero();
    }

    @Test
    void costIsASweepObjective(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s.csv");
        CliTest.Run r = CliTest.run("sweep", "--preset", "llama3.2-3b-int4", "--vary", "weight_cell=sram,fused,rom",
                "--vary", "volume=1000,100000", "--objectives", "cost_per_mtok_usd:min,area_mm2:min", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).contains("cost_per_mtok_usd").contains("respin_nre_usd");
        assertThat(rows).hasSize(7);
        assertThat(rows.stream().filter(l -> l.endsWith(",true"))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "volume=0 | error: volume: must be in [1.0, 1.0E10], got 0.0",
        "baseline=a100 | error: baseline: must be a number or rtx4090, i5-1135g7, h100sxm or m4max, got 'a100'",
        "pue=0.9 | error: pue: must be in [1.0, 5.0], got 0.9",
        "yield_model=bose | error: yield_model: must be a number or negative_binomial, poisson, murphy or seeds, got 'bose'"})
    void badCostInputIsOneLineNamingTheKey(String set, String message) {
        CliTest.Run r = CliTest.run("cost", "--preset", "llama3.2-3b-int4", "--set", set);
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo(message);
    }
}
