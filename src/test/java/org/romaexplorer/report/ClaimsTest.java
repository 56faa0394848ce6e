package org.romaexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.report.ReportRow.Role;

class ClaimsTest {
    private static final List<ReportRow> CLAIMS =
            PaperReport.rows().stream().filter(r -> r.role() == Role.CLAIM).toList();

    @Test
    void wellOverTenClaimsEachQuotingItsPlaceInThePaper() {
        assertThat(CLAIMS).hasSizeGreaterThanOrEqualTo(30);
        CLAIMS.forEach(r -> {
            assertThat(r.id()).startsWith("claim-");
            assertThat(r.what()).as(r.id()).containsPattern("(Sec\\.|Fig\\.|Table|Abstract)");
            assertThat(r.modeled()).as(r.id()).isFinite();
            assertThat(r.x()).as(r.id()).isNaN();
        });
    }

    /** Verdicts checked by hand against the paper; a changed verdict must be explained in docs/paper-fit.md. */
    @ParameterizedTest
    @CsvSource({
        "claim-3b-prefill-faster, true", "claim-rank-minimal-decode, true", "claim-fig12-area-order, true",
        "claim-fig12-power-order, true", "claim-maxtok-grows, true", "claim-rank-lowers-maxtok, true",
        "claim-gen-above-20k, false", "claim-304mb-robust, false", "claim-lunit-largest-area, true"})
    void verdicts(String id, boolean holds) {
        assertThat(CLAIMS.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().holds()).as(id)
                .isEqualTo(holds);
    }

    @Test
    void boundClaimsHoldExactlyWhenModeledIsOnTheRightSide() {
        assertThat(ReportRow.claim("a", "w", "f", 1, 0.9, "", ReportRow.Kind.UPPER_BOUND).holds()).isTrue();
        assertThat(ReportRow.claim("a", "w", "f", 1, 1.1, "", ReportRow.Kind.UPPER_BOUND).holds()).isFalse();
        assertThat(ReportRow.claim("a", "w", "f", 1, 0.9, "", ReportRow.Kind.LOWER_BOUND).holds()).isFalse();
    }
}
