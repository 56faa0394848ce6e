package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.PropertyTest;
import org.romaexplorer.RandomCase;

/**
 * Serving (issue 21): N resident adapters and B users on ROMA's 4-bit 3B design, against values derived by hand
 * from the paper's design point (docs/model.md, "Serving from one ROM").
 *
 * <p>The hand numbers: rank-16 FP16 LoRA on q/k/v/o is 28 · 16 · (6,144 + 4,096 + 4,096 + 6,144) = 9,175,040
 * parameters = 18,350,080 B; one H-unit's share ⌈18,350,080 / 256⌉ = 71,680 B, padded to 4 KiB pages: 73,728 B.
 * One token's KV, 57,344 B, is 224 B per unit, padded to 64 B words: 256 B. A unit holds 288 MiB / 256 =
 * 1,179,648 B. Stages per token, in cycles: T_w = 13,352,263,680 weight bits / (256 · 5,221.3) = 9,989.33,
 * T_v = 28 · 3,072 · 1.022 / 16 = 5,494.27, T_r = 9,175,040 / (256 · 149.53) = 239.68; a decode step at an
 * empty cache is their sum, 15,723.3 cycles (31,800 tokens/s at 500 MHz).
 */
class ServingTest {
    private static final DesignPoint B3 = Models.llama3b();
    private static final double F = 500e6;
    private static final double T_W = 13_352_263_680.0 / (256 * 5221.3);
    private static final double T_V = 28 * 3072 * 1.022 / 16;
    private static final double T_R = 9_175_040.0 / (256 * 149.53);
    /** Attention cycles per cached token, all 28 layers: 28 · 2 · 3,072 / (256 · 149.53). */
    private static final double A = 28 * 2 * 3072 / (256 * 149.53);

    private static DesignPoint with(int users, int adapters, int rows) {
        return B3.withLora(B3.lora().withAdapters(adapters)).withWorkload(B3.workload().withUsers(users))
                .withHw(B3.hw().withLUnitRows(rows));
    }

    /** (1,179,648 − N · 73,728) / 256 tokens; N adapters hold N · 18,350,080 B. */
    @ParameterizedTest(name = "{0} adapters: {1} B, {2} tokens")
    @CsvSource({"1, 18350080, 4320", "2, 36700160, 4032", "4, 73400320, 3456", "8, 146800640, 2304", "16, 293601280, 0"})
    void nAdaptersHoldNTimesTheLoraBytesAndFewerTokens(int adapters, long bytes, long tokens) {
        Metrics m = Evaluator.evaluate(with(1, adapters, 1));
        assertThat(m.loraBytes()).isEqualTo(bytes);
        assertThat(m.maxTokens()).isEqualTo(tokens);
    }

    /**
     * Rank 64 is 4 · 18,350,080 = 73,400,320 B, 286,720 B per unit (exactly 70 pages); each adapter is padded on
     * its own. Listed ranks beyond the resident adapters take no SRAM.
     */
    @ParameterizedTest(name = "{0} adapters, others {1}: {2} B, {3} tokens")
    @CsvSource(delimiter = '|', value = {
        "2 | 64    | 91750400  | 3200", // (1,179,648 − 73,728 − 286,720) / 256
        "3 | 64    | 110100480 | 2912", // (1,179,648 − 2 · 73,728 − 286,720) / 256
        "3 | 64, 0 | 91750400  | 3200", // a rank-0 adapter takes no page: as two adapters
        "1 | 64    | 18350080  | 4320"})
    void perAdapterRanksArePaddedEachOnItsOwn(int adapters, String others, long bytes, long tokens) {
        List<Integer> ranks = Stream.of(others.split(",")).map(String::trim).map(Integer::valueOf).toList();
        DesignPoint p = B3.withLora(B3.lora().withAdapters(adapters).withOtherRanks(ranks));
        Metrics m = Evaluator.evaluate(p);
        assertThat(m.loraBytes()).isEqualTo(bytes);
        assertThat(m.maxTokens()).isEqualTo(tokens);
    }

    /** B users share one unit's free 1,105,920 B: ⌊1,105,920 / B⌋ / 256 tokens each. */
    @ParameterizedTest(name = "{0} users: {1} tokens each")
    @CsvSource({"1, 4320", "2, 2160", "3, 1440", "4, 1080", "64, 67", "1024, 4"})
    void usersShareTheKvSram(int users, long tokens) {
        assertThat(Evaluator.evaluate(with(users, 1, 1)).maxTokens()).isEqualTo(tokens);
    }

    /**
     * With one activation row the L-units are the bound from two users on: a round of B users is B · T_w, so
     * the aggregate stays at f / T_w = 50,053.4 tokens/s. With 8 rows, two users fit one round (T_dec = 15,723
     * is above 2 · T_v = 10,989); the third makes the vector units the bound: 3 · T_v = 16,483 cycles.
     */
    @ParameterizedTest(name = "{0} users, {1} rows")
    @CsvSource({"2, 1", "4, 1", "64, 1", "2, 8", "3, 8", "8, 8"})
    void aRoundTakesTheBusiestUnit(int users, int rows) {
        Performance perf = new Performance(with(users, 1, rows));
        double dec = T_W + T_V + T_R;
        double round = Math.max(Math.max(dec, Math.ceil((double) users / rows) * T_W), Math.max(users * T_V, users * T_R));
        assertThat(perf.decodeTokensPerS(0)).isCloseTo(F / round, within(F / round * 1e-9));
        assertThat(perf.decodeTokensPerSTotal(0)).isCloseTo(users * F / round, within(users * F / round * 1e-9));
    }

    @Test
    void romaAsPublishedSaturatesItsLUnitsWithTwoUsers() {
        assertThat(F / T_W).isCloseTo(50_053.4, within(0.1));
        for (int b : new int[] {2, 3, 8, 64}) {
            assertThat(Evaluator.evaluate(with(b, 1, 1)).decodeTokensPerSTotal()).isCloseTo(F / T_W, within(1e-6));
        }
        assertThat(Serving.limit(with(2, 1, 1), 0)).isEqualTo(Serving.Limit.L_UNITS);
        assertThat(Serving.limit(with(1, 1, 1), 0)).isEqualTo(Serving.Limit.LATENCY);
        assertThat(Serving.limit(with(3, 1, 8), 0)).isEqualTo(Serving.Limit.VECTOR);
        assertThat(Serving.limit(with(8, 1, 8), 4096)).isEqualTo(Serving.Limit.H_UNITS);
    }

    /**
     * B* = min(R · ⌊T_dec/T_w⌋, ⌊T_dec/T_v⌋, ⌊T_dec/(T_r + A·k)⌋). Empty cache: ⌊15,723/9,989⌋ = 1, ⌊15,723/5,494⌋ = 2,
     * ⌊15,723/240⌋ = 65. At 1,024 cached (T_dec = 20,325, H = 4,842): 2R, 3, 4. At 4,096 (T_dec = 34,131,
     * H = 18,647): 3R, 6, 1.
     */
    @ParameterizedTest(name = "R = {0}, k = {1}: {2}")
    @CsvSource({"1, 0, 1", "8, 0, 2", "1024, 0, 2", "1, 1024, 2", "8, 1024, 3", "8, 4096, 1"})
    void theKneeIsWhereAUnitsLoadPassesOneSequencesStep(int rows, int kv, long users) {
        DesignPoint p = with(1, 1, rows).withWorkload(B3.workload().withKvLen(kv));
        assertThat(Evaluator.evaluate(p).fullSpeedUsers()).isEqualTo(users);
        double dec = T_W + T_V + T_R + A * kv;
        assertThat(new Performance(p).decodeCycles(kv)).isCloseTo(dec, within(dec * 1e-9));
    }

    /** A miss waits for t_load = 18,350,080 B / 68,264 MB/s = 0.26881 ms before its prefill; it reads 8 · 18,350,080 bits at 4 pJ. */
    @ParameterizedTest(name = "hit rate {0}")
    @CsvSource({"1.0", "0.5", "0.0"})
    void anAdapterMissLoadsItFromDram(double hit) {
        Metrics one = Evaluator.evaluate(B3);
        DesignPoint p = B3.withWorkload(B3.workload().withAdapterHitRate(hit));
        Metrics m = Evaluator.evaluate(p);
        double load = 18_350_080 / 68_264e6;
        assertThat(m.adapterLoadSeconds()).isCloseTo(load, within(1e-15));
        assertThat(m.ttftSeconds()).isCloseTo(one.ttftSeconds() + (1 - hit) * load, within(1e-15));
        double seconds = 4096 / one.generationTokensPerS() + (1 - hit) * load;
        double joules = one.powerW() * seconds + (1 - hit) * 8 * 18_350_080 * 4e-12;
        assertThat(m.tokensPerJoule()).isCloseTo(4096 / joules, within(4096 / joules * 1e-12));
    }

    /** R rows read the ROM once per R prompt tokens: 256 tokens at R = 1,024 save 256 · (T_w − T_v) = 2.30 ms. */
    @Test
    void rowsShareTheRomReadInPrefillToo() {
        double saved = Evaluator.evaluate(B3).ttftSeconds() - Evaluator.evaluate(with(1, 1, 1024)).ttftSeconds();
        assertThat(saved).isCloseTo(256 * (T_W - T_V) / F, within(1e-12));
        assertThat(256 * (T_W - T_V) / F * 1e3).isCloseTo(2.3014, within(1e-4));
    }

    /** Tokens per joule follow the aggregate: all users' output over the chip's energy for one round of lives. */
    @ParameterizedTest(name = "{0} users")
    @CsvSource({"1", "2", "5", "64"})
    void tokensPerJouleFollowTheAggregate(int users) {
        Metrics m = Evaluator.evaluate(with(users, 1, 1));
        assertThat(m.tokensPerJoule()).isCloseTo(m.generationTokensPerSTotal() / m.powerW(),
                within(m.tokensPerJoule() * 1e-12));
        assertThat(m.generationTokensPerSTotal()).isCloseTo(users * m.generationTokensPerS(), within(1e-6));
    }

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(2_100, 500);
    }

    private static DesignPoint random(RandomCase c) {
        DesignPoint p = c.bool() ? Models.llama3b() : Models.llama8b();
        KvPolicy.Overflow policy = c.pick(KvPolicy.Overflow.values());
        return p.withLora(p.lora().withAdapters(c.between(1, 16)).withRank(c.between(0, 128)))
                .withHw(p.hw().withLUnitRows(c.between(1, 16)).withSramBytes((long) c.between(32, 1024) << 20))
                .withKvPolicy(p.kvPolicy().withOverflow(policy))
                .withWorkload(p.workload().withKvLen(c.between(0, 8192)));
    }

    /**
     * Per-user decode never rises with more users, and (adapters of one rank) the aggregate never falls when
     * users grow by whole passes of R; up to B* every user decodes at the one-user speed, one more does not.
     * Under reject: spill and evict change each user's step as the users' share of the SRAM shrinks
     * ({@link #theKneeStopsWhereTheCachesNoLongerFit}).
     */
    @PropertyTest
    void aggregateGrowsPerUserDoesNotUpToTheKnee(RandomCase c) {
        DesignPoint p = random(c).withKvPolicy(KvPolicy.reject());
        int rows = p.hw().lUnitRows();
        int b = c.between(1, 64);
        int more = b + rows * c.between(0, 8);
        int k = p.workload().kvLen();
        Performance one = new Performance(p);
        Performance few = new Performance(p.withWorkload(p.workload().withUsers(b)));
        Performance many = new Performance(p.withWorkload(p.workload().withUsers(more)));
        assertThat(many.decodeTokensPerS(k)).isLessThanOrEqualTo(few.decodeTokensPerS(k) * (1 + 1e-12));
        assertThat(many.decodeTokensPerSTotal(k)).isGreaterThanOrEqualTo(few.decodeTokensPerSTotal(k) * (1 - 1e-12));
        assertThat(few.decodeTokensPerSTotal(k)).isGreaterThanOrEqualTo(one.decodeTokensPerS(k) * (1 - 1e-12));
        long knee = one.fullSpeedUsers(k);
        if (knee < Serving.UNBOUND_USERS) {
            int at = (int) Math.min(knee, b);
            Performance upTo = new Performance(p.withWorkload(p.workload().withUsers(at)));
            Performance past = new Performance(p.withWorkload(p.workload().withUsers((int) knee + 1)));
            assertThat(upTo.decodeTokensPerS(k)).isCloseTo(one.decodeTokensPerS(k), within(one.decodeTokensPerS(k) * 1e-9));
            assertThat(past.decodeTokensPerS(k)).isLessThan(one.decodeTokensPerS(k) * (1 - 1e-12));
        }
    }

    /**
     * Under spill, B users each hold ⌊1,105,920 / B⌋ / 256 tokens: 2,048 cached tokens fit two users, not three, so
     * the knee of 8 rows (2 users by the units) stays at 2, and with 4,000 cached it is 1 (two would spill).
     */
    @ParameterizedTest(name = "{0} cached: {1}")
    @CsvSource({"2048, 2", "2100, 2", "2161, 1", "4000, 1"})
    void theKneeStopsWhereTheCachesNoLongerFit(int kv, long users) {
        DesignPoint p = with(1, 1, 8).withKvPolicy(KvPolicy.reject().withOverflow(KvPolicy.Overflow.SPILL))
                .withWorkload(B3.workload().withKvLen(kv));
        assertThat(Evaluator.evaluate(p).fullSpeedUsers()).isEqualTo(users);
        long knee = users;
        double alone = new Performance(p).decodeTokensPerS(kv);
        assertThat(new Performance(p.withWorkload(p.workload().withUsers((int) knee))).decodeTokensPerS(kv))
                .isCloseTo(alone, within(alone * 1e-9));
        assertThat(new Performance(p.withWorkload(p.workload().withUsers((int) knee + 1))).decodeTokensPerS(kv))
                .isLessThan(alone);
    }

    /** The closed form of one user's generation equals the units' loads summed step by step. */
    @PropertyTest
    void generationIsTheSumOfItsRounds(RandomCase c) {
        DesignPoint p = random(c);
        int users = c.between(1, 32);
        double hit = c.between(0.0, 1.0);
        int n = c.between(1, 400);
        int m = c.between(1, 400);
        DesignPoint served = p.withWorkload(p.workload().withUsers(users).withAdapterHitRate(hit));
        Performance perf = new Performance(served);
        double f = p.hw().clockHz();
        double[] sums = new double[5];
        for (int j = 1; j < m; j++) {
            double[] loads = perf.roundLoads(n + j);
            for (int u = 0; u < 5; u++) {
                sums[u] += loads[u];
            }
        }
        double decode = users == 1 ? sums[0] : Math.max(sums[0], Math.max(Math.max(sums[1], sums[2]), Math.max(sums[3], sums[4])));
        double prefill = new Performance(p.withWorkload(p.workload().withUsers(users))).ttftSeconds(n);
        double load = (1 - hit) * p.lora().bytes(p.model()) / p.kvPolicy().dramBytesPerS();
        double expected = load + users * prefill + decode / f;
        assertThat(perf.generationSeconds(n, m)).isCloseTo(expected, within(expected * 1e-9));
    }
}
