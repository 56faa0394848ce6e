package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

/** No design point the model accepts evaluates to a negative, NaN or infinite metric. */
class FiniteOutputsTest {

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(80_000, 3000);
    }

    @PropertyTest
    void everyAcceptedDesignHasFiniteNonNegativeMetrics(RandomCase c) {
        DesignPoint p = AnyDesignPoint.of(c);
        assertFiniteAndNonNegative(Evaluator.evaluate(p).asMap());
        assertFiniteAndNonNegative(PowerBreakdown.peakW(p).asMap("peak"));
        assertFiniteAndNonNegative(PowerBreakdown.perDecodeToken(p, p.workload().kvLen()).asMap("token"));
    }

    @Test
    void theLargestModelOnTheSmallestChipStaysFinite() {
        ModelShape huge = new ModelShape("huge", 1 << 20, 1 << 22, 1024, 4096, 4096, 4096, 1 << 24, false, true, 8);
        DesignPoint p = new DesignPoint(huge, new Quantization(8, 1, 32, 16, true, true),
                new LoraConfig(1024, 32, java.util.EnumSet.allOf(Projection.class)), 32, new SramLayout(1, 1, 1),
                new Hardware(1e6, 1, 1, 1, 1, 1, 1e-3, 1e-3, 1e6, 0), smallest(), new Workload(1 << 20, 1 << 20, 1 << 20));
        assertFiniteAndNonNegative(Evaluator.evaluate(p).asMap());
        assertFiniteAndNonNegative(PowerBreakdown.perDecodeToken(p, 1 << 20).asMap("token"));
        DesignPoint served = p.withLora(p.lora().withAdapters(256).withOtherRanks(java.util.Collections.nCopies(255, 1024)))
                .withWorkload(p.workload().withUsers(1024).withAdapterHitRate(0)).withHw(p.hw().withLUnitRows(1024));
        assertFiniteAndNonNegative(Evaluator.evaluate(served).asMap());
        assertFiniteAndNonNegative(PowerBreakdown.perDecodeToken(served, 1 << 20).asMap("token"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"rom_gib, 0", "rom_gib, -0.0", "rom_gib, 1e-320", "rom_gib, 1e300", "sram_mb, 1e-9", "sram_mb, NaN"})
    void aMemoryThatRoundsToNoBytesOrOverflowsIsRejectedNamingItsKey(String key, double value) {
        Memory m = key.equals("rom_gib") ? Memory.ROM : Memory.SRAM;
        assertThatThrownBy(() -> m.bytes(value)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.getMessage()).startsWith(key + ": must be from 1 byte to "));
    }

    @Test
    void romOfZeroBytesIsRejectedInTheUsersUnit() {
        assertThatThrownBy(() -> Hardware.roma().withRomBytes(0)).hasMessage("rom_gib: must be from 1 byte to 32768 GiB, got 0 bytes");
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource({"compute_metal_demand, 7, 1.01", "sram_read_fj_per_bit, 12, 0", "fp16_mac_pj, 13, 0",
        "l_lane_fj_per_bit, 14, 0", "vector_pj_per_cycle, 15, 0"})
    void technologyOutsideItsPhysicalRangeIsRejected(String key, int component, double value) throws Exception {
        Technology t = Technology.n7();
        var parts = t.getClass().getRecordComponents();
        Object[] args = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            args[i] = i == component ? value : parts[i].getAccessor().invoke(t);
        }
        var make = Technology.class.getDeclaredConstructor(types);
        assertThatThrownBy(() -> make.newInstance(args)).hasCauseInstanceOf(InvalidParameterException.class)
                .cause().hasMessageStartingWith(key + ": must be in [");
    }

    @Test
    void metricsRefuseANonFiniteOrNegativeValueNamingIt() {
        assertThatThrownBy(() -> new Metrics(1, 1, true, 1, 1, 1, true, 1, 1, 1, 1, Double.NaN, 1))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("power_w"));
        assertThatThrownBy(() -> new Metrics(1, 1, true, 1, 1, -1, true, 1, 1, 1, 1, 1, 1))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("max_tokens"));
    }

    static void assertFiniteAndNonNegative(Map<String, Object> metrics) {
        metrics.forEach((k, v) -> {
            if (v instanceof Number n) {
                assertThat(n.doubleValue()).as(k).isFinite().isGreaterThanOrEqualTo(0);
            }
        });
    }

    private static Technology smallest() {
        return new Technology(ProcessNode.N3, 1e-4, 1e-3, 0.01, 1, 0, 0, 0, 0, 0, 0, 1e-3, 1e-3, 1e-6, 1e-3, 1e-6, 1e-3, 0, 0, 2,
                new CellTech(1e-4, 1e-4, 0, 0.01, 0, 1));
    }
}
