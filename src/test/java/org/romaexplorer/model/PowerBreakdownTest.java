package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PowerBreakdownTest {

    /** Seeded random design points around both paper models. */
    static Stream<DesignPoint> randomPoints() {
        Random r = new Random(12);
        return IntStream.range(0, 40).mapToObj(i -> {
            DesignPoint p = r.nextBoolean() ? Models.llama3b() : Models.llama8b();
            p = Knobs.SRAM_MB.set(p, 16 + r.nextInt(2000));
            p = Knobs.LORA_RANK.set(p, r.nextInt(128));
            p = Knobs.KV_LEN.set(p, r.nextInt(8192));
            return Knobs.CLOCK_MHZ.set(p, 100 + r.nextInt(1500));
        });
    }

    @ParameterizedTest
    @MethodSource("randomPoints")
    void breakdownsSumToTheirTotalsAndPeakIsTheChipPower(DesignPoint p) {
        PowerBreakdown peak = PowerBreakdown.peakW(p);
        double sum = peak.romRead() + peak.compute() + peak.sram() + peak.vector() + peak.leakage();
        assertThat(peak.total()).isCloseTo(sum, within(1e-12 * sum));
        assertThat(peak.total()).isCloseTo(Evaluator.evaluate(p).powerW(), within(1e-9 * sum));
        PowerBreakdown e = PowerBreakdown.perDecodeToken(p, p.workload().kvLen());
        double tokenS = 1 / new Performance(p).decodeTokensPerS(p.workload().kvLen());
        // Each unit is busy only part of a decode step, so a token costs at most peak power × its time.
        assertThat(e.total()).isPositive().isLessThanOrEqualTo(peak.total() * tokenS * (1 + 1e-12));
        assertThat(e.leakage()).isCloseTo(peak.leakage() * tokenS, within(1e-9 * e.leakage()));
    }

    @Test
    void tableOnePowerIsStillMetWithLeakage() {
        assertThat(Evaluator.evaluate(Models.llama3b()).powerW()).isCloseTo(33.1, within(0.01));
    }

    @ParameterizedTest(name = "{0} MiB → {1} MiB")
    @CsvSource({"288, 512", "288, 1024", "64, 128", "1024, 4096"})
    void powerGrowsWithSram(int small, int large) {
        double a = Evaluator.evaluate(Knobs.SRAM_MB.set(Models.llama3b(), small)).powerW();
        double b = Evaluator.evaluate(Knobs.SRAM_MB.set(Models.llama3b(), large)).powerW();
        assertThat(b).isGreaterThan(a);
    }

    /**
     * Leakage by hand, one memory at a time: bits × 15 pW; ROM bits × 15 pW × 1/3 × (256 + 32)/1024 for the
     * B-ROM. (Each memory holds at least one byte, so the others cannot be set to zero: each term is read alone.)
     */
    @ParameterizedTest(name = "{0}: {1} bytes")
    @CsvSource({
        "sram, 1048576, 1.2582912E-4",          // 8,388,608 bits × 15e-12
        "intermediate, 1048576, 1.2582912E-4",
        "rom, 1048576, 1.179648E-5"})           // 8,388,608 × 15e-12 / 3 × 0.28125
    void leakageByHand(String memory, long bytes, double expectedW) {
        Hardware r = Hardware.roma();
        Hardware hw = new Hardware(r.clockHz(), r.matrixRows(), r.columns(), memory.equals("rom") ? bytes : r.romBytes(),
                memory.equals("sram") ? bytes : r.sramBytes(), memory.equals("intermediate") ? bytes : r.intermediateSramBytes(),
                r.lUnitBitsPerCycle(), r.hUnitMacsPerCycle(), r.vectorCyclesPerElement(), r.prefillAttentionOverlap());
        ChipPower c = new ChipPower(hw, Technology.n7());
        double w = switch (memory) {
            case "sram" -> c.hUnitLeakageW();
            case "intermediate" -> c.vectorLeakageW();
            default -> c.lUnitLeakageW(WeightCell.FUSED);
        };
        assertThat(w).isCloseTo(expectedW, within(expectedW * 1e-12));
        assertThat(c.leakageW()).isEqualTo(c.hUnitLeakageW() + c.vectorLeakageW() + c.lUnitLeakageW(WeightCell.FUSED));
    }

    /** Table I's chip by hand: 16 vector units × 500 MHz × 20 pJ × 1.9926; 256 × 149.53 MACs × 500 MHz × 16 bits × 16 fJ × 1.9926. */
    @Test
    void vectorAndSramPowerByHand() {
        ChipPower c = new ChipPower(Hardware.roma(), Technology.n7());
        assertThat(c.vectorDynamicW()).isCloseTo(16 * 5e8 * 20e-12 * 1.9533, within(1e-12));
        assertThat(c.sramReadW()).isCloseTo(256 * 149.53 * 5e8 * 16 * 16e-15 * 1.9533, within(1e-9));
    }

    @Test
    void sramReadEnergyIsUnchangedAtThePapersCapacityAndGrowsAsItsSquareRoot() {
        Hardware hw = Hardware.roma();
        ChipPower paper = new ChipPower(hw, Technology.n7());
        ChipPower four = new ChipPower(hw.withSramBytes(hw.sramBytes() * 4), Technology.n7());
        assertThat(four.sramReadW() / paper.sramReadW()).isCloseTo(2, within(1e-9));
    }
}
