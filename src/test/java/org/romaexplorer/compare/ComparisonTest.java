package org.romaexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.compare.Delta.Verdict;
import org.romaexplorer.io.OneCsvDialect;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Models;

/** "What did doubling the SRAM cost me?" answered by the comparison of 288 MiB (pinned) against 576 MiB. */
class ComparisonTest {
    private final DesignPoint base = Models.llama3b();
    private final DesignPoint doubled = Knobs.SRAM_MB.set(base, 576);
    private final Comparison c = Comparison.of(doubled, Pins.NONE.with(base));

    private Comparison.Row row(String key) {
        return c.rows().stream().filter(r -> r.quantity().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyQuantityHasOneRowWithOneValueAndDeltaPerPin() {
        assertThat(c.rows()).hasSize(Quantity.ALL.size());
        assertThat(c.rows()).allSatisfy(r -> assertThat(r.deltas()).hasSize(1));
    }

    @Test
    void doublingTheSramShowsAsPlusOneHundredPercentOfSram() {
        assertThat(row("sram_mb").deltas().get(0).text("%,.0f")).isEqualTo("+288 (+100.0%)");
    }

    @Test
    void doublingTheSramCostsAreaAndBuysTokens() {
        Metrics before = Evaluator.evaluate(base), after = Evaluator.evaluate(doubled);
        Delta area = row("area_mm2").deltas().get(0);
        assertThat(area.change()).isEqualTo(after.areaMm2() - before.areaMm2()).isPositive();
        assertThat(area.verdict(Metric.Better.LOWER)).isEqualTo(Verdict.WORSE);
        Delta tokens = row("max_tokens").deltas().get(0);
        assertThat(tokens.change()).isEqualTo(after.maxTokens() - before.maxTokens()).isPositive();
        assertThat(tokens.verdict(Metric.Better.HIGHER)).isEqualTo(Verdict.BETTER);
        assertThat(row("decode_tokens_per_s").deltas().get(0).change()).isZero();
    }

    @Test
    void csvHasAHeaderAndOneLinePerQuantityWithThreeCellsPerPin() {
        List<String> lines = c.text(',').lines().toList();
        assertThat(lines.get(0)).isEqualTo("quantity,unit,current,A,change vs A,change vs A %");
        assertThat(lines).hasSize(1 + Quantity.ALL.size());
        assertThat(lines).contains("SRAM,MiB,576,288,288,100");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(6));
    }

    @Test
    void namesWithTheSeparatorAreQuoted() {
        Comparison named = Comparison.of(doubled, Pins.NONE.with(base).renamed(0, "288 MiB, \"paper\""));
        assertThat(named.text(',').lines().findFirst().orElseThrow()).startsWith("quantity,unit,current,\"288 MiB, \"\"paper\"\"\"");
        Comparison comma = Comparison.of(doubled, Pins.NONE.with(base).renamed(0, "288 MiB, paper"));
        assertThat(comma.text('\t').lines().findFirst().orElseThrow()).contains("\t288 MiB, paper\t");
    }

    /** The CSV export is the app's one dialect, whatever the pins are called (a CR in a name used to go unquoted). */
    @Test
    void csvIsTheOneDialect() {
        Comparison odd = Comparison.of(doubled, Pins.NONE.with(base).renamed(0, "a\rb, \"c\""));
        List<List<String>> records = OneCsvDialect.check(odd.text(','));
        assertThat(records.get(0)).contains("a\rb, \"c\"");
        assertThat(records).hasSize(1 + Quantity.ALL.size());
    }

    @ParameterizedTest
    @CsvSource({"576, 576", "0.333333333, 0.333333333", "1234567.8, 1234567.8", "3212749824, 3212749824", "NaN, ''",
        "0, 0", "-2.5, -2.5", "1e-7, 0.0000001"})
    void csvNumbersAreExactAndPlain(double v, String text) {
        assertThat(Comparison.plain(v)).isEqualTo(text);
    }
}
