package org.romaexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Models;

class LeaveOneOutTest {
    private static final List<LeaveOneOut.Result> RESULTS = LeaveOneOut.run();

    @Test
    void theTableInPaperFitIsTheComputation() throws IOException {
        String doc = Files.readString(Path.of("docs/paper-fit.md"), StandardCharsets.UTF_8);
        String table = LeaveOneOut.markdown(RESULTS);
        assertThat(LeaveOneOut.replaceTable(doc, table)).as("run report --loo --update-doc docs/paper-fit.md")
                .isEqualTo(doc);
    }

    @Test
    void everyCalibrationRowAndTheLayoutAreLeftOutOnce() {
        assertThat(RESULTS).extracting(LeaveOneOut.Result::id)
                .containsExactlyElementsOf(concat(Calibration.ROWS, "maxtok-64mb-r16"));
        RESULTS.forEach(r -> assertThat(r.fitted()).as(r.id()).isCloseTo(r.published(), within(Math.abs(r.published()) * 5e-4)));
    }

    @Test
    void leavingNothingOutIsTheFit() {
        assertThat(Calibration.fit(Set.of())).isEqualTo(Calibration.fit());
    }

    /** Without one decode row the other two are still met exactly (c_v at its prior, b_L and m_H solved). */
    @ParameterizedTest
    @CsvSource({"decode-3b-kv0, decode-8b-kv0, decode-3b-kv1k", "decode-3b-kv1k, decode-3b-kv0, decode-8b-kv0"})
    void theRemainingDecodeRowsAreMetExactly(String out, String keptA, String keptB) {
        Map<String, Double> fit = Calibration.fit(Set.of(out));
        assertThat(fit.get("vector_cycles_per_element")).isEqualTo(Calibration.PRIOR_CV);
        List<ReportRow> rows = PaperReport.rows(Calibration.apply(Models.llama3b(), fit), Calibration.apply(Models.llama8b(), fit));
        for (String id : List.of(keptA, keptB)) {
            ReportRow r = rows.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(r.errorPct()).as(id).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void priorsAreUsedForTheConstantsOfTheRowLeftOut() {
        assertThat(Calibration.fit(Set.of("power-total")).get("energy_scale")).isEqualTo(1.0);
        assertThat(Calibration.fit(Set.of("ttft-3b-4k")).get("prefill_attention_overlap")).isEqualTo(0.5);
        assertThatThrownBy(() -> Calibration.fit(Set.of("decode-3b-kv0", "decode-8b-kv0")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocWithoutMarkersIsRejected() {
        assertThatThrownBy(() -> LeaveOneOut.replaceTable("# no table", "x")).hasMessageContaining("loo:begin");
    }

    private static List<String> concat(List<String> a, String b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
    }
}
