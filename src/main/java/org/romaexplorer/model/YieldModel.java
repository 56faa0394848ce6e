package org.romaexplorer.model;

/**
 * The share of dies free of killer defects, from the die area A and the defect density D₀ (docs/cost.md, "Yield").
 * The key is the {@code yield_model} choice's name. Allocation-free arithmetic.
 */
public enum YieldModel {
    /** Y = (1 + A·D₀/α)^(−α): defects clustered with clustering parameter α (ttm-cas, LLMCompass: α = 3). */
    NEGATIVE_BINOMIAL("negative_binomial"),
    /** Y = e^(−A·D₀): defects independent and uniform (the NB limit α → ∞). */
    POISSON("poisson"),
    /** Y = ((1 − e^(−A·D₀)) / (A·D₀))²: a triangular spread of D₀ over wafers (Murphy, Proc. IEEE 1964). */
    MURPHY("murphy"),
    /** Y = 1 / (1 + A·D₀): an exponential spread of D₀ (Seeds; the NB with α = 1). */
    SEEDS("seeds");

    private final String key;

    YieldModel(String key) {
        this.key = key;
    }

    public String key() { return key; }

    /** The yield of a die of {@code areaCm2} at {@code d0PerCm2} defects/cm²; {@code alpha} is used by the NB model only. */
    public double yield(double areaCm2, double d0PerCm2, double alpha) {
        double ad = areaCm2 * d0PerCm2;
        return switch (this) {
            case NEGATIVE_BINOMIAL -> negativeBinomial(ad, alpha);
            case POISSON -> Math.exp(-ad);
            case MURPHY -> ad == 0 ? 1 : square(-Math.expm1(-ad) / ad);
            case SEEDS -> 1 / (1 + ad);
        };
    }

    /** (1 + ad/α)^(−α); a whole α up to 8 by repeated multiplication, any other α by {@link Math#pow}. */
    private static double negativeBinomial(double ad, double alpha) {
        double base = 1 + ad / alpha;
        if (alpha == Math.rint(alpha) && alpha >= 1 && alpha <= 8) {
            double r = base;
            for (int i = 1; i < (int) alpha; i++) {
                r *= base;
            }
            return 1 / r;
        }
        return Math.pow(base, -alpha);
    }

    private static double square(double x) {
        return x * x;
    }

    /** The names in order, for the {@code yield_model} choice. */
    static String[] keys() {
        String[] k = new String[values().length];
        for (YieldModel m : values()) {
            k[m.ordinal()] = m.key;
        }
        return k;
    }
}
