package org.romaexplorer.sweep;

import org.romaexplorer.model.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;

class MetricTest {

    @ParameterizedTest
    @CsvSource({"64, 16", "256, 16", "64, 64", "1, 0"})
    void everyMetricReadsWhatAsMapShows(double sramMb, double rank) {
        DesignPoint p = Knobs.LORA_RANK.set(Knobs.SRAM_MB.set(Models.llama3b(), sramMb), rank);
        var m = Evaluator.evaluate(p);
        Map<String, Object> map = m.asMap();
        assertThat(Metric.all().stream().map(Metric::key)).containsExactlyElementsOf(map.keySet());
        for (Metric metric : Metric.all()) {
            Object v = map.get(metric.key());
            double expected = v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
            assertThat(metric.of(m)).as(metric.key()).isEqualTo(expected);
        }
    }
}
