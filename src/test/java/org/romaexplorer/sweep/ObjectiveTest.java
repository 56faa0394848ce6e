package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectiveTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "area_mm2:min,decode_tokens_per_s:max | [area_mm2:min, decode_tokens_per_s:max]",
        "' max_tokens : MAX '                 | [max_tokens:max]"})
    void parsesKeyDirectionLists(String spec, String expected) {
        assertThat(Objective.parseList(spec).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "area:min                 | --objectives: unknown metric 'area'; known: params_total",
        "area_mm2:down            | --objectives: area_mm2: direction must be min or max",
        "area_mm2                 | --objectives: expected key:min or key:max",
        "power_w:min,power_w:max  | --objectives: power_w given more than once",
        "''                       | --objectives: expected key:min or key:max"})
    void badObjectivesNameTheProblem(String spec, String message) {
        assertThatThrownBy(() -> Objective.parseList(spec)).hasMessageStartingWith(message);
    }
}
