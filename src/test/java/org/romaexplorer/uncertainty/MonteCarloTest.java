package org.romaexplorer.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.figures.BandSampler;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Range;
import org.romaexplorer.model.Metric;

class MonteCarloTest {
    private static final DesignPoint B3 = Models.llama3b();

    @Test
    void theSameSeedGivesTheSameSamplesAndEveryValueStaysInItsRange() {
        List<DesignPoint> a = MonteCarlo.samples(B3, 50, 7);
        assertThat(a).isEqualTo(MonteCarlo.samples(B3, 50, 7)).isNotEqualTo(MonteCarlo.samples(B3, 50, 8));
        for (DesignPoint p : a) {
            for (Param b : Params.uncertain()) {
                Range r = Ranges.of(b.key());
                double slack = Math.abs(r.nominal()) * 1e-9 + (b.key().equals("brom_word_bits") ? 0.5 : 0);
                assertThat(b.get(p)).as(r.key()).isBetween(r.low() - slack, r.high() + slack);
            }
        }
    }

    @ParameterizedTest(name = "q={0}")
    @CsvSource({"0, 1", "1, 5", "0.5, 3", "0.25, 2", "0.05, 1.2", "0.95, 4.8"})
    void percentileInterpolatesBetweenRanks(double q, double expected) {
        assertThat(MonteCarlo.percentile(new double[] {5, 1, 3, 2, 4}, q)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void headlineRangesHoldTheDesignAndConstantOutputsHaveNone() {
        Map<Metric, double[]> h = MonteCarlo.headline(MonteCarlo.samples(B3, 200, 12));
        assertThat(h.get(Metric.POWER_W)[0]).isLessThan(33.1);
        assertThat(h.get(Metric.POWER_W)[1]).isGreaterThan(33.1);
        assertThat(h.get(Metric.PARAMS_TOTAL)[0]).isEqualTo(h.get(Metric.PARAMS_TOTAL)[1]);
    }

    @Test
    void bandsOfFig6SurroundItsLinesPointByPoint() {
        Map<String, double[][]> b = BandSampler.bands("fig6", MonteCarlo.samples(B3, 200, 12));
        assertThat(b).containsOnlyKeys("Llama-3.2-3B", "Llama-3-8B");
        double[][] band = b.get("Llama-3.2-3B");
        assertThat(band[0][0]).isEqualTo(256);
        for (int j = 0; j < band[0].length; j++) {
            assertThat(band[1][j]).isLessThan(band[2][j]);
        }
    }
}
