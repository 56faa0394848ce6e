package org.romaexplorer.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.report.ReportRow;
import org.romaexplorer.report.ReportRow.Role;

/** Each design of the field: a bundled preset that evaluates, and a report of sourced rows whose calibrations hold. */
class PeerReportsTest {
    static List<PeerDesign> designs() { return Peers.ALL; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void thePresetEvaluatesToFiniteNumbers(PeerDesign d) {
        Metrics m = Evaluator.evaluate(d.design());
        for (Metric x : Metric.all()) {
            assertThat(Double.isFinite(x.of(m))).as(d.preset() + " " + x.key()).isTrue();
        }
        assertThat(m.fitsInRom()).as(d.preset() + ": the model fits its ROM").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void theReportHasSourcedRowsAndAtMostThreeCalibrations(PeerDesign d) {
        PeerReport r = d.report();
        assertThat(r.rows()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.rows(Role.CALIBRATION)).hasSizeBetween(1, PeerDesign.MAX_CALIBRATION_ROWS);
        assertThat(r.rows(Role.VALIDATION)).isNotEmpty();
        for (ReportRow row : r.rows()) {
            assertThat(row.what()).as(row.id() + " names its source in parentheses").matches(".+ \\(.+\\)$");
            assertThat(Double.isFinite(row.modeled())).as(row.id()).isTrue();
        }
        assertThat(r.rows().stream().map(ReportRow::id).distinct()).hasSameSizeAs(r.rows());
        assertThat(r.contradictions()).isNotEmpty();
        assertThat(r.unknowns()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void calibrationRowsAreWithinThreePercent(PeerDesign d) {
        for (ReportRow row : d.report().rows(Role.CALIBRATION)) {
            assertThat(Math.abs(row.errorPct())).as(row.id()).isLessThanOrEqualTo(3);
        }
    }

    /** Every fitted parameter has a calibration row, and every calibration row a fitted parameter or constant. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void eachTargetIsACalibrationRow(PeerDesign d) {
        List<String> calibration = d.report().rows(Role.CALIBRATION).stream().map(ReportRow::id).toList();
        assertThat(d.targets()).allSatisfy(t -> assertThat(calibration).contains(t.rowId()));
    }

    /** Issue 19's marks: HC1's area within 15% and its per-user speed within 25%; TOM's 3,306 within 25%. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"taalas-hc1, hc1-area, 15", "taalas-hc1, hc1-per-user, 25", "tom-bitnet2b, tom-tps, 25"})
    void publishedMarksAreMet(String preset, String row, double pct) {
        ReportRow r = Peers.of(preset).orElseThrow().report().rows().stream().filter(x -> x.id().equals(row))
                .findFirst().orElseThrow();
        assertThat(Math.abs(r.errorPct())).as(row).isLessThanOrEqualTo(pct);
    }

    /** The presets' model shapes give the published totals (hand-summed from their config.json files). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "tom-bitnet2b,      2412820480, 522378240",   // 30 layers at 2 bits + 22,784 FP16 row scales a layer
            "bitrom-falcon3-7b, 7455550464, 1766653952",  // 28 layers and the 131,072 × 3,072 head at 2 bits + row scales
            "taalas-hc1,        8030261248, 3554244608",  // 3-bit layers, 6-bit head and embedding (MixedPrecisionTest)
    })
    void parametersAndRomBytes(String preset, long params, long romBytes) {
        DesignPoint p = Peers.of(preset).orElseThrow().design();
        assertThat(p.model().totalParams()).isEqualTo(params);
        assertThat(p.quant().romBytes(p.model())).isEqualTo(romBytes);
    }

    /** TOM's ROM, 498.54 MB read as MiB, holds its 30 layers with 0.07% to spare: the LM head is not in it. */
    @Test
    void tomsRomHoldsTheLayersButNotTheHead() {
        DesignPoint p = new Tom().design();
        assertThat(p.quant().romBytes(p.model())).isLessThanOrEqualTo(p.hw().romBytes());
        DesignPoint withHead = p.withQuant(org.romaexplorer.model.Records.with(p.quant(), "lmHeadInRom", 1));
        assertThat(withHead.quant().romBytes(p.model())).isGreaterThan(p.hw().romBytes());
    }

    /** HC1's transistor count: 1 a ROM bit, 6 an SRAM bit, plus logic, worked from the preset's sizes. */
    @Test
    void hc1TransistorsAddUp() {
        DesignPoint p = new TaalasHc1().design();
        double rom = 3_554_244_608.0 * 8;        // rom_gib holds exactly the model
        double sram = (282.0 + 16) * (1 << 20) * 8 * 6;
        double t = TaalasHc1.transistors(p);
        assertThat(t - rom - sram).as("logic transistors").isBetween(0.5e9, 3e9);
        assertThat(t).isCloseTo(45.0e9, within(0.1e9));
    }

    /** 2 operations per ternary weight of the L-units' stream (1,683 arrays × 256 bits × 200 MHz) over their power. */
    @Test
    void bitromTopsPerWattIsTheWeightStreamOverTheLUnitPower() {
        DesignPoint p = new BitRom().design();
        double weightsPerS = 1683 * 256 * 200e6 / (2 + 16.0 / 65_536);
        double watts = new org.romaexplorer.model.AreaPower(p.hw(), p.tech(), p.quant())
                .lUnitPowerW(org.romaexplorer.model.WeightCell.CIROM2T);
        assertThat(BitRom.topsPerW(p)).isCloseTo(2 * weightsPerS / watts / 1e12, within(1e-9));
        double half = BitRom.topsPerW(org.romaexplorer.model.Params.of("energy_scale").set(p, p.tech().energyScale() / 2));
        assertThat(half / BitRom.topsPerW(p)).as("leakage is not scaled: under 2").isBetween(1.5, 2.0);
    }
}
