package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants any design point must respect. */
class InvariantProperties {

    @Provide
    Arbitrary<DesignPoint> points() {
        return Arbitraries.of(Models.llama3b(), Models.llama8b());
    }

    @Property
    void moreSramNeverFitsFewerTokens(@ForAll("points") DesignPoint p, @ForAll @IntRange(min = 1, max = 2048) int mib,
                                      @ForAll @IntRange(min = 0, max = 512) int extra) {
        long a = tokens(p.withHw(p.hw().withSramBytes((long) mib << 20)));
        long b = tokens(p.withHw(p.hw().withSramBytes((long) (mib + extra) << 20)));
        assertThat(b).isGreaterThanOrEqualTo(a);
    }

    @Property
    void higherRankNeverFitsMoreTokens(@ForAll("points") DesignPoint p, @ForAll @IntRange(max = 512) int rank,
                                       @ForAll @IntRange(max = 512) int extra) {
        long a = tokens(p.withLora(p.lora().withRank(rank)));
        long b = tokens(p.withLora(p.lora().withRank(rank + extra)));
        assertThat(b).isLessThanOrEqualTo(a);
    }

    @Property
    void longerInputNeverHasShorterTtft(@ForAll("points") DesignPoint p, @ForAll @IntRange(min = 1, max = 100_000) int n,
                                        @ForAll @IntRange(max = 10_000) int extra) {
        Performance perf = new Performance(p);
        assertThat(perf.ttftSeconds(n + extra)).isGreaterThanOrEqualTo(perf.ttftSeconds(n));
    }

    @Property
    void higherClockIsNeverSlower(@ForAll("points") DesignPoint p, @ForAll @IntRange(min = 1, max = 5000) int mhz,
                                  @ForAll @IntRange(max = 5000) int extra, @ForAll @IntRange(max = 8192) int kv) {
        Metrics slow = Evaluator.evaluate(p.withHw(p.hw().withClockHz(mhz * 1e6)).withWorkload(p.workload().withKvLen(kv)));
        Metrics fast = Evaluator.evaluate(p.withHw(p.hw().withClockHz((mhz + extra) * 1e6)).withWorkload(p.workload().withKvLen(kv)));
        assertThat(fast.decodeTokensPerS()).isGreaterThanOrEqualTo(slow.decodeTokensPerS());
        assertThat(fast.ttftSeconds()).isLessThanOrEqualTo(slow.ttftSeconds());
        assertThat(fast.generationTokensPerS()).isGreaterThanOrEqualTo(slow.generationTokensPerS());
    }

    @Property
    void moreCachedTokensNeverDecodeFaster(@ForAll("points") DesignPoint p, @ForAll @IntRange(max = 100_000) int kv,
                                           @ForAll @IntRange(max = 10_000) int extra) {
        Performance perf = new Performance(p);
        assertThat(perf.decodeTokensPerS(kv + extra)).isLessThanOrEqualTo(perf.decodeTokensPerS(kv));
    }

    @Property
    void fewerBaseBitsNeverNeedMoreRom(@ForAll("points") DesignPoint p) {
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
