package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

/** Invariants any design point must respect, each over 1,000 seeded random cases. */
class InvariantProperties {

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(1_000, 1000);
    }

    static Stream<DesignPoint> points() {
        return Stream.of(Models.llama3b(), Models.llama8b());
    }

    private static DesignPoint point(RandomCase c) {
        return c.bool() ? Models.llama3b() : Models.llama8b();
    }

    @PropertyTest
    void moreSramNeverFitsFewerTokens(RandomCase c) {
        DesignPoint p = point(c);
        int mib = c.between(1, 2048);
        int extra = c.between(0, 512);
        long a = tokens(p.withHw(p.hw().withSramBytes((long) mib << 20)));
        long b = tokens(p.withHw(p.hw().withSramBytes((long) (mib + extra) << 20)));
        assertThat(b).isGreaterThanOrEqualTo(a);
    }

    @PropertyTest
    void higherRankNeverFitsMoreTokens(RandomCase c) {
        DesignPoint p = point(c);
        int rank = c.between(0, 512);
        int extra = c.between(0, 512);
        long a = tokens(p.withLora(p.lora().withRank(rank)));
        long b = tokens(p.withLora(p.lora().withRank(rank + extra)));
        assertThat(b).isLessThanOrEqualTo(a);
    }

    @PropertyTest
    void longerInputNeverHasShorterTtft(RandomCase c) {
        Performance perf = new Performance(point(c));
        int n = c.between(1, 100_000);
        int extra = c.between(0, 10_000);
        assertThat(perf.ttftSeconds(n + extra)).isGreaterThanOrEqualTo(perf.ttftSeconds(n));
    }

    @PropertyTest
    void higherClockIsNeverSlower(RandomCase c) {
        DesignPoint p = point(c);
        int mhz = c.between(1, 5000);
        int extra = c.between(0, 5000);
        int kv = c.between(0, 8192);
        Metrics slow = Evaluator.evaluate(p.withHw(p.hw().withClockHz(mhz * 1e6)).withWorkload(p.workload().withKvLen(kv)));
        Metrics fast = Evaluator.evaluate(p.withHw(p.hw().withClockHz((mhz + extra) * 1e6)).withWorkload(p.workload().withKvLen(kv)));
        assertThat(fast.decodeTokensPerS()).isGreaterThanOrEqualTo(slow.decodeTokensPerS());
        assertThat(fast.ttftSeconds()).isLessThanOrEqualTo(slow.ttftSeconds());
        assertThat(fast.generationTokensPerS()).isGreaterThanOrEqualTo(slow.generationTokensPerS());
    }

    @PropertyTest
    void moreCachedTokensNeverDecodeFaster(RandomCase c) {
        Performance perf = new Performance(point(c));
        int kv = c.between(0, 100_000);
        int extra = c.between(0, 10_000);
        assertThat(perf.decodeTokensPerS(kv + extra)).isLessThanOrEqualTo(perf.decodeTokensPerS(kv));
    }

    @ParameterizedTest
    @MethodSource("points")
    void fewerBaseBitsNeverNeedMoreRom(DesignPoint p) {
        long prev = Long.MAX_VALUE;
        for (int bits : new int[] {8, 4, 3, 2}) {
            long rom = p.quant().withBaseBits(bits).romBytes(p.model());
            assertThat(rom).isLessThan(prev);
            prev = rom;
        }
    }

    private static long tokens(DesignPoint p) {
        return Evaluator.evaluate(p).maxTokens();
    }
}
