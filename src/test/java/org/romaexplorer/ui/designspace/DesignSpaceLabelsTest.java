package org.romaexplorer.ui.designspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignSpaceLabelsTest {
    @ParameterizedTest(name = "{0} designs, {1} markers: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            16   | 16 | 16 on the Pareto front
            2405 | 5  | 2,405 on the Pareto front, drawn as 5 markers: ties
            3    | 1  | 3 on the Pareto front, drawn as 1 marker: ties
            0    | 0  | 0 on the Pareto front
            """)
    void saysWhenSeveralFrontDesignsShareAMarker(long designs, long markers, String text) {
        assertThat(DesignSpaceLabels.front(designs, markers)).isEqualTo(text);
    }
}
