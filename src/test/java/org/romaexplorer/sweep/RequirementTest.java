package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Models;

class RequirementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "max_tokens>=8192; max_tokens; AT_LEAST; 8192; max_tokens>=8192",
            " area_mm2 <= 400.5 ; area_mm2; AT_MOST; 400.5; area_mm2<=400.5",
            "fits_in_rom==true; fits_in_rom; EQUAL; 1; fits_in_rom==true",
            "context_fits==no; context_fits; EQUAL; 0; context_fits==false",
            "MAX_TOKENS==4320; max_tokens; EQUAL; 4320; max_tokens==4320",
            "power_w<=-1; power_w; AT_MOST; -1; power_w<=-1",
    })
    void parses(String spec, String key, Requirement.Op op, double threshold, String shown) {
        Requirement r = Requirement.parse(spec);
        assertThat(r.metric()).isSameAs(Metric.of(key));
        assertThat(r.op()).isEqualTo(op);
        assertThat(r.threshold()).isEqualTo(threshold);
        assertThat(r.toString()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "max_tokenz>=1; --require max_tokenz>=1: unknown metric 'max_tokenz'; known: ",
            "max_tokens>8192; --require max_tokens>8192: expected KEY>=VALUE",
            ">=5; --require >=5: expected KEY>=VALUE",
            "max_tokens>=lots; --require max_tokens>=lots: 'lots' is not a number",
            "max_tokens>=NaN; --require max_tokens>=NaN: 'NaN' is not a finite number",
            "area_mm2==400; --require area_mm2==400: == is for flags and counts",
            "fits_in_rom>=1; --require fits_in_rom>=1: fits_in_rom is yes or no",
            "fits_in_rom==maybe; --require fits_in_rom==maybe: expected true or false",
    })
    void aBadRequirementIsOneLineNamingIt(String spec, String message) {
        assertThatThrownBy(() -> Requirement.parse(spec)).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }

    @Test
    void holdsAndMissesOnTheModel() {
        // ROMA at 288 MiB, rank 16: 4,320 max tokens (the report's row), area ≈ 503.7 mm²
        Metrics m = Evaluator.evaluate(Models.llama3b());
        assertThat(m.maxTokens()).isEqualTo(4320);
        assertThat(Requirement.parse("max_tokens>=4320").holds(m)).isTrue();
        assertThat(Requirement.parse("max_tokens>=4321").holds(m)).isFalse();
        assertThat(Requirement.parse("max_tokens<=4320").holds(m)).isTrue();
        assertThat(Requirement.parse("max_tokens==4320").holds(m)).isTrue();
        assertThat(Requirement.parse("fits_in_rom==true").holds(m)).isTrue();
        assertThat(Requirement.parse("context_fits==true").holds(m)).isFalse(); // 256 + 4,096 > 4,320
        assertThat(Requirement.parse("area_mm2<=400").holds(m)).isFalse();
    }

    @ParameterizedTest(name = "{0} misses by {1}")
    @CsvSource({
            "max_tokens>=8640, 0.5",          // (8640 − 4320) / 8640
            "max_tokens>=4320, 0",
            "max_tokens<=2160, 1",            // (4320 − 2160) / 2160
            "max_tokens==4320, 0",
            "max_tokens==4321, 1",            // a missed == counts 1 at least
            "context_fits==true, 1",
            "max_tokens<=0, 4320",            // over max(|0|, 1)
    })
    void violationIsTheRelativeShortfall(String spec, double expected) {
        Metrics m = Evaluator.evaluate(Models.llama3b());
        assertThat(Requirement.parse(spec).violation(m)).isEqualTo(expected);
    }

    @Test
    void allMustHoldAndViolationsAdd() {
        Metrics m = Evaluator.evaluate(Knobs.SRAM_MB.set(Models.llama3b(), 1024));
        Requirements both = Requirements.parse(List.of("max_tokens>=8192", "area_mm2<=400"));
        assertThat(both.holds(m)).isFalse();
        assertThat(both.violation(m)).isEqualTo(Requirement.parse("area_mm2<=400").violation(m));
        assertThat(Requirements.NONE.holds(m)).isTrue();
        assertThat(Requirements.NONE.violation(m)).isZero();
        assertThat(both.toString()).isEqualTo("max_tokens>=8192, area_mm2<=400");
    }
}
