package org.romaexplorer;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * One seeded random case of a property test: {@code @ParameterizedTest @MethodSource} over
 * {@link #seeds(long, int)}, each case drawing its inputs from its own seed, so a failure names the seed
 * that reproduces it. Draws hit the ends of their range about one time in eight, as edge cases are where
 * properties break.
 */
public final class RandomCase {
    private final long seed;
    private final SplittableRandom random;

    private RandomCase(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} cases with seeds {@code base}, {@code base + 1}, …. */
    public static Stream<RandomCase> seeds(long base, int count) {
        return LongStream.range(base, base + count).mapToObj(RandomCase::new);
    }

    public long seed() { return seed; }

    /** A {@link Random} seeded from this case, for code that takes one. */
    public Random random() { return new Random(random.nextLong()); }

    /** Uniform in [min, max], or one of the ends. */
    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    /** Uniform in [min, max], or one of the ends. */
    public long between(long min, long max) {
        int edge = random.nextInt(16);
        return edge == 0 ? min : edge == 1 ? max : Math.min(max, min + (long) (random.nextDouble() * ((double) max - min + 1)));
    }

    /** Uniform in [min, max), or one of the ends. */
    public double between(double min, double max) {
        int edge = random.nextInt(16);
        return edge == 0 ? min : edge == 1 ? max : min + random.nextDouble() * (max - min);
    }

    /** Log-uniform in [min, max] for 0 &lt; min &lt; max, or one of the ends: for ranges over many decades. */
    public double logBetween(double min, double max) {
        return Math.max(min, Math.min(max, Math.exp(between(Math.log(min), Math.log(max)))));
    }

    public boolean bool() { return random.nextBoolean(); }

    /** True with probability {@code p}. */
    public boolean chance(double p) { return random.nextDouble() < p; }

    @SafeVarargs
    public final <T> T pick(T... items) { return items[random.nextInt(items.length)]; }

    public <T> T pick(List<T> items) { return items.get(random.nextInt(items.size())); }

    @Override
    public String toString() { return "seed " + seed; }
}
