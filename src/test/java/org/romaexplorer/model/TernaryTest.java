package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ternary (1.58-bit) weights: packing, ROM bytes, and an L-unit without multipliers. */
class TernaryTest {
    static Quantization ternary(WeightPacking w, double zeros) {
        return new Quantization(2, 64, 16, 0, true, false, w, zeros);
    }

    /** A 64→100 tensor, one FP16 scale per 64 inputs (100·16 = 1,600 bits). */
    @ParameterizedTest(name = "{0}: {1} bits")
    @CsvSource({
            "INTEGER,            14400",  // 64·100·2 + 1,600
            "TERNARY_2BIT,       14400",  // the same 2 bits per weight
            "TERNARY_5_PER_BYTE, 12000",  // 100 rows · ⌈64/5⌉ = 13 bytes · 8 + 1,600
    })
    void tensorBitsByPacking(WeightPacking w, long bits) {
        assertThat(ternary(w, 0).tensorBits(64, 100)).isEqualTo(bits);
    }

    @ParameterizedTest(name = "{0}: {1} bits per weight")
    @CsvSource({"TERNARY_2BIT, 2.25", "TERNARY_5_PER_BYTE, 1.85"})
    void bitsPerWeightIncludeTheScale(WeightPacking w, double bits) {
        assertThat(ternary(w, 0).bitsPerWeight()).isCloseTo(bits, within(1e-12)); // + 16/64
    }

    /** Ternary needs one add per weight: half the compute lanes per streamed bit at 2 bits per weight. */
    @Test
    void lUnitComputeAreaHalvesForTwoBitTernary() {
        DesignPoint p = Models.llama3b();
        double integer = new AreaPower(p.hw(), p.tech(), p.quant()).lUnitComputeMm2();
        double tern = new AreaPower(p.hw(), p.tech(), ternary(WeightPacking.TERNARY_2BIT, 0)).lUnitComputeMm2();
        double five = new AreaPower(p.hw(), p.tech(), ternary(WeightPacking.TERNARY_5_PER_BYTE, 0)).lUnitComputeMm2();
        assertThat(tern / integer).isCloseTo(0.5, within(1e-12));
        assertThat(five / integer).isCloseTo(0.625, within(1e-12));
    }

    /** ROM reads × (1 − z) with 2-bit codes (a zero is 00: no transistor); lanes × 0.5·(1 − z). */
    @Test
    void zeroWeightsSaveReadsOnlyWithTwoBitCodes() {
        DesignPoint p = Models.llama3b();
        double z = 0.31;
        ChipPower integer = ChipPower.of(p);
        ChipPower two = ChipPower.of(p.withQuant(ternary(WeightPacking.TERNARY_2BIT, z)));
        ChipPower five = ChipPower.of(p.withQuant(ternary(WeightPacking.TERNARY_5_PER_BYTE, z)));
        WeightCell rom = WeightCell.ROM;
        assertThat(two.romReadW(rom) / integer.romReadW(rom)).isCloseTo(1 - z, within(1e-12));
        assertThat(two.lUnitComputeW() / integer.lUnitComputeW()).isCloseTo(0.5 * (1 - z), within(1e-12));
        assertThat(five.romReadW(rom) / integer.romReadW(rom)).isCloseTo(1, within(1e-12));
        assertThat(five.lUnitComputeW() / integer.lUnitComputeW()).isCloseTo((1 - z) / 1.6, within(1e-12));
        assertThat(Evaluator.evaluate(p.withQuant(ternary(WeightPacking.TERNARY_2BIT, z))).powerW())
                .isLessThan(Evaluator.evaluate(p).powerW());
    }

    @Test
    void fivePerByteFitsMoreWeightsInTheSameRom() {
        DesignPoint p = Models.llama3b();
        long two = ternary(WeightPacking.TERNARY_2BIT, 0).romBytes(p.model());
        long five = ternary(WeightPacking.TERNARY_5_PER_BYTE, 0).romBytes(p.model());
        assertThat((double) five / two).isCloseTo(1.85 / 2.25, within(0.01));
        DesignPoint fast = p.withQuant(ternary(WeightPacking.TERNARY_5_PER_BYTE, 0));
        DesignPoint slow = p.withQuant(ternary(WeightPacking.TERNARY_2BIT, 0));
        assertThat(Evaluator.evaluate(fast).decodeTokensPerS()).isGreaterThan(Evaluator.evaluate(slow).decodeTokensPerS());
    }

    @Test
    void knobsNameTheirChoices() {
        DesignPoint p = Knobs.WEIGHT_PACKING.set(Models.llama3b(), Knobs.WEIGHT_PACKING.parse("ternary5"));
        assertThat(p.quant().packing()).isEqualTo(WeightPacking.TERNARY_5_PER_BYTE);
        assertThat(Knobs.KV_OVERFLOW.parse(" Spill ")).isEqualTo(1);
        assertThat(Knobs.ZERO_FRACTION.get(Knobs.ZERO_FRACTION.set(p, 0.31))).isEqualTo(0.31);
    }
}
