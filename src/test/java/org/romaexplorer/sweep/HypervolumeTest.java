package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Metric;

/** Hypervolumes worked out by hand: boxes, their unions by inclusion–exclusion. Costs are minimized. */
class HypervolumeTest {

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = ';', value = {
            // one objective: reference minus the best
            "3|1|2; 5; 4",
            "6; 5; 0",                                   // worse than the reference: nothing
            // two objectives
            "1 1; 3 3; 4",
            "1 2|2 1; 3 3; 3",                           // 2 + 2 − overlap 1
            "1 2|2 1|1.5 1.5; 3 3; 3.25",                // adds its box 2.25 less 2 already covered
            "1 1|2 2; 3 3; 4",                           // (2,2) is dominated
            "1 1|1 1; 3 3; 4",                           // duplicates count once
            "4 1|1 1; 3 3; 4",                           // beyond the reference in x: nothing
            "3 1; 3 3; 0",                               // on the reference: nothing
            "0 2|1 1|2 0; 3 3; 6",                       // 3 + 2 + 3 − 1 − 1 − 1 + 1 … staircase: 3·1 + 2·1 + 1·1
            "-0.0 1|0.0 0.5; 1 2; 1.5",                  // ±0 are one x
            // three objectives
            "1 1 1; 2 2 2; 1",
            "0 0 0; 1 2 3; 6",
            "1 0 0|0 1 0|0 0 1; 2 2 2; 7",               // 3·4 − 3·2 + 1
            "1 1 1|0.5 1.5 1.5; 2 2 2; 1.125",           // 1 + 0.375 − 0.25
            "1 1 1|1 1 1|1.5 1.5 1.5; 2 2 2; 1",         // duplicate and dominated
            "0 1 0|1 0 0; 2 2 1; 3",                     // z slab of height 1: area 2·1 + 1·2 − 1·1
            "0 0 1|1 1 0; 2 2 2; 5",                     // 4·1 + 1·2 − (1·1·1): 4 + 2 − 1
            "3 0 0|1 1 1; 2 2 2; 1",                     // first point beyond the reference
    })
    void handChecked(String points, String reference, double expected) {
        double[] ref = numbers(reference);
        int k = ref.length;
        double[] cost = Arrays.stream(points.split("\\|")).flatMapToDouble(p -> Arrays.stream(numbers(p))).toArray();
        assertThat(Hypervolume.of(cost, cost.length / k, k, ref)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void valuesOfMaximizedObjectivesAreTurnedIntoCosts() {
        // area 10 (min), max tokens 100 (max); reference area 20, tokens 0: a 10 × 100 box
        List<Objective> o = List.of(Objective.min(Metric.AREA_MM2), Objective.max(Metric.MAX_TOKENS));
        assertThat(Hypervolume.ofValues(o, new double[] {10, 100}, 1, new double[] {20, 0})).isEqualTo(1000);
        assertThat(Hypervolume.ofValues(o, new double[] {10, 100, 15, 200}, 2, new double[] {20, 0}))
                .isEqualTo(10 * 100 + 5 * 100);
    }

    @Test
    void noPointsNoVolume() {
        assertThat(Hypervolume.of(new double[0], 0, 3, new double[] {1, 1, 1})).isZero();
    }

    @Test
    void refusesFourObjectivesAndAnOpenReference() {
        assertThatThrownBy(() -> Hypervolume.of(new double[4], 1, 4, new double[4])).hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> Hypervolume.of(new double[2], 1, 2, new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("finite");
    }

    static double[] numbers(String s) {
        return Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
