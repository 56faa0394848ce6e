package org.romaexplorer.report;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.claim;

import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.Platform;

/**
 * The paper's worded statements about generation against the CPU and GPU (Abstract, Sec. IV-B, Fig. 9)
 * as {@code claim} rows. The baselines are rooflines, an upper bound on what they can do, so a speed-up
 * over them is a lower bound on the real one: the paper's averaged speed-ups must not be below it.
 */
final class GenerationClaims {
    static final long[] INPUTS = {256, 512, 1024, 2048};
    private static final long OUT = 4096;

    private GenerationClaims() {}

    static List<ReportRow> rows(DesignPoint p3) {
        Performance roma = new Performance(p3);
        Platform cpu = Platform.CPU_I5_1135G7;
        Platform gpu = Platform.GPU_RTX_4090;
        return List.of(
            claim("claim-gen-above-20k", "Generation speed exceeding 20,000 tokens/s, 3B, 256 in, 4K out "
                    + "(Abstract: 'a notable generation speed exceeding 20,000 tokens/s')", "fig9",
                    20_000, roma.generationTokensPerS(256, OUT), "tokens/s", LOWER_BOUND),
            claim("claim-gen-falls-all", "Generation falls from 256 to 2K input on all three platforms, max "
                    + "speed(2K)/speed(256) (Sec. IV-B: 'the inference performance of all three platforms decreases')", "fig9",
                    1, Math.max(roma.generationTokensPerS(2048, OUT) / roma.generationTokensPerS(256, OUT),
                            Math.max(platformRatio(cpu, p3), platformRatio(gpu, p3))), "ratio", UPPER_BOUND),
            claim("claim-speedup-cpu", "Averaged speed-up over the i5-1135G7, 2,785× (Sec. IV-B); over its roofline "
                    + "the model's is a lower bound and must not exceed it", "fig9",
                    2_785, averageSpeedup(roma, cpu, p3), "×", UPPER_BOUND),
            claim("claim-speedup-gpu", "Averaged speed-up over the RTX 4090, 70.5× (Sec. IV-B); over its roofline "
                    + "the model's is a lower bound and must not exceed it", "fig9",
                    70.5, averageSpeedup(roma, gpu, p3), "×", UPPER_BOUND),
            claim("claim-significant-over-gpu", "Significant improvement over the best baseline at 256 input "
                    + "(at least 20%), ROMA / GPU roofline (Sec. IV-B: 'a significant performance improvement')", "fig9",
                    1.2, roma.generationTokensPerS(256, OUT) / gpu.generationTokensPerS(p3, 256, OUT), "×", LOWER_BOUND));
    }

    private static double platformRatio(Platform pl, DesignPoint p) {
        return pl.generationTokensPerS(p, 2048, OUT) / pl.generationTokensPerS(p, 256, OUT);
    }

    /** Mean ROMA speed over the Fig. 9 inputs over the platform's mean ("by averaging the performance"). */
    static double averageSpeedup(Performance roma, Platform pl, DesignPoint p) {
        double a = 0;
        double b = 0;
        for (long n : INPUTS) {
            a += roma.generationTokensPerS(n, OUT);
            b += pl.generationTokensPerS(p, n, OUT);
        }
        return a / b;
    }
}
