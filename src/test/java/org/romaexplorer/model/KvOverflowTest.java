package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** KV beyond the SRAM: reject, spill, evict. The 3B preset holds 4,320 tokens of 57,344 B (8-bit KV). */
class KvOverflowTest {
    static final DesignPoint BASE = Models.llama3b();

    static DesignPoint with(KvPolicy.Overflow o) {
        return BASE.withKvPolicy(BASE.kvPolicy().withOverflow(o));
    }

    /** Spilled bytes at k cached = (k − 4,320)·57,344, read at 68,264 MB/s, added to the step. */
    @ParameterizedTest(name = "k = {0}: {1} spilled tokens")
    @CsvSource({"4000, 0", "4320, 0", "5320, 1000", "8192, 3872"})
    void spillAddsTheDramReadOfTheSpilledKv(long k, long spilled) {
        double reject = 1 / new Performance(BASE).decodeTokensPerS(k);
        double spill = 1 / new Performance(with(KvPolicy.Overflow.SPILL)).decodeTokensPerS(k);
        assertThat(spill - reject).isCloseTo(spilled * 57_344 / 68.264e9, within(1e-12));
    }

    @Test
    void evictAttendsOverAtMostTheCapacity() {
        Performance evict = new Performance(with(KvPolicy.Overflow.EVICT));
        assertThat(evict.decodeTokensPerS(8192)).isCloseTo(evict.decodeTokensPerS(4320), within(1e-9));
        assertThat(evict.decodeTokensPerS(2000)).isCloseTo(new Performance(BASE).decodeTokensPerS(2000), within(1e-9));
    }

    @Test
    void rejectTimesAsBeforeAndOnlyFlags() {
        Metrics m = Evaluator.evaluate(BASE.withWorkload(new Workload(2048, 0, 4096)));
        assertThat(m.contextFits()).isFalse();
        assertThat(m.kvSpilledTokens()).isZero();
        assertThat(m.generationTokensPerS()).isCloseTo(12_224.9, within(0.1)); // report row "2K in / 4K out"
    }

    @Test
    void moreDramBandwidthIsNeverSlower() {
        DesignPoint p = with(KvPolicy.Overflow.SPILL).withWorkload(new Workload(2048, 0, 4096));
        double slow = Evaluator.evaluate(Knobs.DRAM_MB_PER_S.set(p, 51_200)).generationTokensPerS();
        double fast = Evaluator.evaluate(Knobs.DRAM_MB_PER_S.set(p, 136_528)).generationTokensPerS();
        assertThat(fast).isGreaterThan(slow);
    }

    /** docs/paper-fit.md: spilling to ≈658 GB/s of DRAM reproduces Fig. 9's 8,533 tokens/s at 2K + 4K. */
    @Test
    void fig9TwoKPointNeedsHbmClassBandwidthWhenSpilling() {
        DesignPoint p = with(KvPolicy.Overflow.SPILL).withWorkload(new Workload(2048, 0, 4096));
        assertThat(Evaluator.evaluate(Knobs.DRAM_MB_PER_S.set(p, 658_000)).generationTokensPerS()).isCloseTo(8_533, within(5.0));
        assertThat(Evaluator.evaluate(p).generationTokensPerS()).isCloseTo(2_365, within(1.0));
    }

    /** DRAM energy: 8 · bytes · 4 pJ on top of chip power × time. */
    @Test
    void spillEnergyAddsTheDramReads() {
        DesignPoint p = with(KvPolicy.Overflow.SPILL).withWorkload(new Workload(2048, 0, 4096));
        Performance perf = new Performance(p);
        double joules = new AreaPower(p.hw(), p.tech()).chipPowerW() * perf.generationSeconds(2048, 4096)
                + 8 * perf.dramBytes(2048, 4096) * 4e-12;
        assertThat(Evaluator.evaluate(p).tokensPerJoule()).isCloseTo(4096 / joules, within(1e-9));
    }

    static Stream<DesignPoint> randomPoints() {
        Random r = new Random(11);
        return Stream.generate(() -> {
            int layers = r.nextInt(29);
            DesignPoint p = layers == 0 ? BASE : BASE.withModel(BASE.model().withAttention(new Attention(1 + r.nextInt(3000), layers)));
            p = p.withHw(p.hw().withSramBytes((40L + r.nextInt(200)) << 20));
            return p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.values()[r.nextInt(3)]));
        }).limit(40);
    }

    /** The closed form of a generation equals TTFT plus every decode step summed one by one. */
    @ParameterizedTest
    @MethodSource("randomPoints")
    void closedFormGenerationIsTheSumOfItsSteps(DesignPoint p) {
        Performance perf = new Performance(p);
        Random r = new Random(p.hashCode());
        int n = 1 + r.nextInt(3000);
        int m = 1 + r.nextInt(3000);
        double sum = perf.ttftSeconds(n);
        for (int j = 1; j < m; j++) {
            sum += 1 / perf.decodeTokensPerS(n + j);
        }
        assertThat(perf.generationSeconds(n, m)).isCloseTo(sum, within(sum * 1e-9));
    }

    @ParameterizedTest
    @MethodSource("randomPoints")
    void spillIsNeverFasterThanRejectAndEvictNeverSlower(DesignPoint p) {
        Performance reject = new Performance(p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.REJECT)));
        Performance spill = new Performance(p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.SPILL)));
        Performance evict = new Performance(p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.EVICT)));
        for (long k = 0; k <= 8192; k += 512) {
            assertThat(spill.decodeTokensPerS(k)).isLessThanOrEqualTo(reject.decodeTokensPerS(k));
            assertThat(evict.decodeTokensPerS(k)).isGreaterThanOrEqualTo(reject.decodeTokensPerS(k) * (1 - 1e-12));
        }
    }
}
