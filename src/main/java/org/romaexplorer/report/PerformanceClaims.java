package org.romaexplorer.report;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.claim;

import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;

/**
 * The paper's worded statements about speed (Abstract, Sec. I, IV-B, Figs. 6–8, V) as {@code claim}
 * rows. How each word is read as a threshold ("minimal" = under 5%, the paper's own Fig. 8 bound) is in
 * docs/paper-fit.md. Rows are computed on the paper-fit design points.
 */
final class PerformanceClaims {
    static final long[] PREFILL_LENGTHS = {256, 512, 1024, 2048, 4096};
    static final long[] CACHED = {0, 256, 512, 1024, 2048, 4096};

    private PerformanceClaims() {}

    static List<ReportRow> rows(DesignPoint p3, DesignPoint p8) {
        Performance a = new Performance(p3);
        Performance b = new Performance(p8);
        return List.of(
            claim("claim-3b-prefill-faster", "3B prefill faster than 8B at every input length, max TTFT(3B)/TTFT(8B) "
                    + "(Sec. IV-B: 'the time required by the 4bit llama3.2-3B model is lower')", "fig6",
                    1, maxRatio(PREFILL_LENGTHS, a::ttftSeconds, b::ttftSeconds), "ratio", UPPER_BOUND),
            claim("claim-3b-fewer-bits", "3B streams fewer weight bits than 8B, bits(3B)/bits(8B) "
                    + "(Sec. IV-B: 'smaller parameter number … faster on-chip memory access')", "fig6",
                    1, (double) p3.quant().streamedBits(p3.model()) / p8.quant().streamedBits(p8.model()), "ratio", UPPER_BOUND),
            claim("claim-prefill-256-both", "Prefill under 7 ms at 256 input for both models, max TTFT "
                    + "(Sec. IV-B: 'less than 7ms for both models')", "fig6",
                    7, 1e3 * Math.max(a.ttftSeconds(256), b.ttftSeconds(256)), "ms", UPPER_BOUND),
            claim("claim-prefill-4k-both", "Prefill under 190 ms at 4K input for both models, max TTFT "
                    + "(Sec. IV-B: 'still less than 190ms')", "fig6",
                    190, 1e3 * Math.max(a.ttftSeconds(4096), b.ttftSeconds(4096)), "ms", UPPER_BOUND),
            claim("claim-prefill-rises", "Prefill time rises with input length, min TTFT(2n)/TTFT(n), both models "
                    + "(Sec. IV-B: 'the execution time for prefilling rises')", "fig6",
                    1, Math.min(minStep(PREFILL_LENGTHS, a::ttftSeconds), minStep(PREFILL_LENGTHS, b::ttftSeconds)), "ratio", LOWER_BOUND),
            claim("claim-decode-falls", "Decode speed falls as the KV cache fills, max decode(k')/decode(k), both models "
                    + "(Sec. IV-B: 'decoding performance decreases as the number of tokens … increases')", "fig7",
                    1, Math.max(maxStep(CACHED, a::decodeTokensPerS), maxStep(CACHED, b::decodeTokensPerS)), "ratio", UPPER_BOUND),
            claim("claim-decode-4k-both", "Decode above 10,000 tokens/s at 4K cached for both models, min "
                    + "(Sec. IV-B: 'remains above 10,000 tokens/s even with 4k tokens')", "fig7",
                    10_000, Math.min(a.decodeTokensPerS(4096), b.decodeTokensPerS(4096)), "tokens/s", LOWER_BOUND),
            claim("claim-rank-degrades-prefill", "Higher rank degrades prefill, TTFT(r64)/TTFT(r16) at 1K, min of both "
                    + "(Sec. IV-B: 'As the QLoRA rank increases, the prefiling and decoding performance tend to degrade')", "fig8",
                    1, Math.min(rankTtftRatio(p3), rankTtftRatio(p8)), "ratio", LOWER_BOUND),
            claim("claim-rank-degrades-decode", "Higher rank degrades decode, decode(r64)/decode(r16), max of both "
                    + "(Sec. IV-B, same sentence)", "fig8",
                    1, Math.max(rankDecodeRatio(p3), rankDecodeRatio(p8)), "ratio", UPPER_BOUND),
            claim("claim-rank-minimal-decode", "Minimal impact of rank 16→64 on decode (under 5%), max drop of both "
                    + "(Sec. IV-B: 'The minimal impact of different QLoRA ranks on decoding speed … robustness')", "fig8",
                    5, 100 * (1 - Math.min(rankDecodeRatio(p3), rankDecodeRatio(p8))), "%", UPPER_BOUND),
            claim("claim-decode-above-20k", "Decoding exceeds 20,000 tokens/s, 3B and 8B at empty cache, min "
                    + "(Sec. V: 'prefilling and decoding speeds exceeding 20,000 tokens/s')", "fig7",
                    20_000, Math.min(a.decodeTokensPerS(0), b.decodeTokensPerS(0)), "tokens/s", LOWER_BOUND),
            claim("claim-prefill-above-20k", "Prefill exceeds 20,000 tokens/s, n/TTFT(n) at 256–4K input, min of both "
                    + "(Sec. V, same sentence)", "fig6",
                    20_000, Math.min(minPrefillRate(a), minPrefillRate(b)), "tokens/s", LOWER_BOUND));
    }

    private static double rankTtftRatio(DesignPoint p) {
        return new Performance(p.withLora(p.lora().withRank(64))).ttftSeconds(1024) / new Performance(p).ttftSeconds(1024);
    }

    private static double rankDecodeRatio(DesignPoint p) {
        return new Performance(p.withLora(p.lora().withRank(64))).decodeTokensPerS(0) / new Performance(p).decodeTokensPerS(0);
    }

    private static double minPrefillRate(Performance p) {
        double min = Double.POSITIVE_INFINITY;
        for (long n : PREFILL_LENGTHS) {
            min = Math.min(min, n / p.ttftSeconds(n));
        }
        return min;
    }

    static double maxRatio(long[] xs, LongToDoubleFunction f, LongToDoubleFunction g) {
        double max = Double.NEGATIVE_INFINITY;
        for (long x : xs) {
            max = Math.max(max, f.applyAsDouble(x) / g.applyAsDouble(x));
        }
        return max;
    }

    /** Smallest f(x_{i+1}) / f(x_i) over consecutive xs. */
    static double minStep(long[] xs, LongToDoubleFunction f) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 1; i < xs.length; i++) {
            min = Math.min(min, f.applyAsDouble(xs[i]) / f.applyAsDouble(xs[i - 1]));
        }
        return min;
    }

    /** Largest f(x_{i+1}) / f(x_i) over consecutive xs. */
    static double maxStep(long[] xs, LongToDoubleFunction f) {
        return 1 / minStep(xs, x -> 1 / f.applyAsDouble(x));
    }
}
