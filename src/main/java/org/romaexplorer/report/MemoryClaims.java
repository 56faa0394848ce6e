package org.romaexplorer.report;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.VALUE;
import static org.romaexplorer.report.ReportRow.claim;

import java.util.List;
import java.util.Random;
import org.romaexplorer.lunit.BlockRom;
import org.romaexplorer.lunit.CGen;
import org.romaexplorer.lunit.RomWords;
import org.romaexplorer.lunit.StandardRom;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;

/**
 * The paper's worded statements about the B-ROM structure (Sec. III-C, III-D, Fig. 4) and the SRAM budget
 * (Sec. I, II-B, IV-B, Fig. 10) as {@code claim} rows. B-ROM rows count the structural ROMs of
 * {@code lunit}; SRAM rows evaluate the paper-fit 3B design point.
 */
final class MemoryClaims {
    private MemoryClaims() {}

    static List<ReportRow> rows(DesignPoint p3, DesignPoint p8) {
        int w = p3.tech().bromWordBits();
        RomWords words = RomWords.random(4096, w, new Random(1));
        double structural = (double) new BlockRom(words).transistorCount() / new StandardRom(words).transistorCount();
        return List.of(
            claim("claim-brom-fewer-transistors", "B-ROM needs fewer transistors than ROM, structural count at "
                    + "D = 4096 and the area model's W (Fig. 4: 'B-ROM need fewer CMOS transistors than ROM')", "text",
                    1, structural, "ratio", UPPER_BOUND),
            claim("claim-cgen-small", "NUM_CGEN significantly less than W (≤ 0.8×) at the area model's W "
                    + "(Sec. III-C: 'the overhead represented by NUM_CGEN is significantly less than W')", "text",
                    0.8, p3.tech().numCgen() / (double) w, "ratio", UPPER_BOUND),
            claim("claim-brom-4x-wires", "B-ROM has four times the horizontal lines of a standard ROM, CGen "
                    + "candidates per address line (Sec. III-D: 'four times that of a standard ROM')", "text",
                    4, (double) CGen.CANDIDATES / CGen.LINES, "ratio", VALUE),
            claim("claim-hidden-3072", "3B embedding dimension 3,072 vs 4,096 of the 8B, ratio "
                    + "(Sec. IV-B: 'the embedding dimension of the 3B model is 3,072')", "fig6",
                    0.75, (double) p3.model().hiddenSize() / p8.model().hiddenSize(), "ratio", VALUE),
            claim("claim-base-dominates", "Quantized base model dominates LoRA in size (LoRA ≤ 1/10 of it), "
                    + "3B rank 16 (Sec. I and II-B: 'quantized weights dominate in size')", "text",
                    0.1, (double) p3.lora().bytes(p3.model()) / p3.quant().romBytes(p3.model()), "ratio", UPPER_BOUND),
            claim("claim-sram-304", "SRAM totals 304 MB: 288 MB LoRA/KV + 16 MB intermediate "
                    + "(Table I vs Sec. I)", "table1",
                    304, (p3.hw().sramBytes() + p3.hw().intermediateSramBytes()) / Constants.MIB, "MiB", VALUE),
            claim("claim-maxtok-grows", "Max tokens grow with SRAM, smallest gain per +32 MB from 64 to 512 MB, "
                    + "rank 16 (Sec. IV-B: 'showing good system scalability')", "fig10",
                    1, minGain(p3, 16), "tokens", LOWER_BOUND),
            claim("claim-rank-lowers-maxtok", "Higher rank lowers max tokens, r64 / r16 at 256 MB "
                    + "(Sec. IV-B: 'the QLoRA rank negatively impacts the maximum token capacity')", "fig10",
                    1, maxTokens(p3, 256, 64) / maxTokens(p3, 256, 16), "ratio", UPPER_BOUND),
            claim("claim-304mb-robust", "304 MB robust to rank: 288 MB still holds the 4K cache of Sec. I at every "
                    + "rank 16–64, min max tokens (Sec. IV-B: 'making it robust to different rank settings')", "fig10",
                    4096, Math.min(maxTokens(p3, 288, 16), Math.min(maxTokens(p3, 288, 32), maxTokens(p3, 288, 64))),
                    "tokens", LOWER_BOUND));
    }

    private static double minGain(DesignPoint p, int rank) {
        double min = Double.POSITIVE_INFINITY;
        for (long s = 64; s < 512; s += 32) {
            min = Math.min(min, maxTokens(p, s + 32, rank) - maxTokens(p, s, rank));
        }
        return min;
    }

    static double maxTokens(DesignPoint p, long sramMiB, int rank) {
        DesignPoint q = p.withHw(p.hw().withSramBytes(sramMiB << 20)).withLora(p.lora().withRank(rank));
        return Evaluator.evaluate(q).maxTokens();
    }
}
