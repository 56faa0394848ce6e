package org.romaexplorer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Constants;
import org.romaexplorer.report.ReportRow.Role;

class CalibrationTest {

    @Test
    void constantsAreTheFitToCalibrationRowsRounded() {
        Map<String, Double> fit = Calibration.fit();
        Map<String, Param> byKey = Constants.ALL.stream().collect(Collectors.toMap(Param::key, c -> c));
        fit.forEach((key, value) -> {
            Param c = byKey.get(key);
            assertThat(c).as(key).isNotNull();
            assertThat(c.calibrated()).as(key).isTrue();
            assertThat(c.value()).as(key).isCloseTo(value, within(Math.abs(value) * 1e-4));
        });
        long calibrated = Constants.ALL.stream().filter(Param::calibrated).count();
        assertThat(calibrated).isEqualTo(fit.size()).isLessThanOrEqualTo(8);
    }

    @Test
    void calibrationRowsAreMetAndAtLeastAThirdOfRowsValidate() {
        var rows = PaperReport.rows();
        rows.stream().filter(r -> r.role() == Role.CALIBRATION)
                .forEach(r -> assertThat(Math.abs(r.errorPct())).as(r.id()).isLessThan(0.05));
        long validation = rows.stream().filter(r -> r.role() != Role.CALIBRATION).count();
        assertThat(validation * 3).isGreaterThanOrEqualTo(rows.size());
        assertThat(rows).extracting(ReportRow::id).doesNotHaveDuplicates();
    }

    @Test
    void solve3SolvesALinearSystem() {
        double[] x = Calibration.solve3(new double[][] {{2, 0, 1}, {1, 3, 0}, {0, 1, 4}}, new double[] {5, 7, 14});
        // 2·1 + 3 = 5; 1 + 3·2 = 7; 2 + 4·3 = 14
        assertThat(x).containsExactly(new double[] {1, 2, 3}, within(1e-12));
    }
}
