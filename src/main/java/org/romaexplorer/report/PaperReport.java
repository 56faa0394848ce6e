package org.romaexplorer.report;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.VALUE;
import static org.romaexplorer.report.ReportRow.Role.CALIBRATION;
import static org.romaexplorer.report.ReportRow.Role.VALIDATION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.LoraConfig;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.Platform;
import org.romaexplorer.model.Projection;
import org.romaexplorer.model.Quantization;
import org.romaexplorer.model.SramLayout;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.report.ReportRow.Kind;
import org.romaexplorer.report.ReportRow.Role;

/**
 * Every number the paper publishes, as a row with the model's value: Table I, the text of Figs. 6–10 and
 * Sec. I, the B-ROM and ROM ratios of Sec. II-C and III. Rows are computed under the paper-fit assumption
 * set of {@link Models}; rows whose id ends in {@code -literal} use the paper's stated formats instead
 * (FP16 KV, FP8 LoRA on all seven projections, one SRAM pool). After the numbers come the paper's worded
 * statements as {@code claim} rows ({@link PerformanceClaims}, {@link GenerationClaims}, {@link MemoryClaims},
 * {@link ChipClaims}).
 */
public final class PaperReport {
    private static final String B3 = Models.LLAMA_3_2_3B.name();
    private static final String B8 = Models.LLAMA_3_8B.name();
    private static final double MS = 1e3;

    private final List<ReportRow> rows = new ArrayList<>();

    private PaperReport() {}

    /** The assumption set the rows are computed under, in one line. */
    public static String assumptions() {
        return "paper-fit: KV 8-bit, LoRA 16-bit on q/k/v/o, SRAM split over 256 H-units "
                + "(64 B KV words, 4 KiB LoRA pages), groups of 128 with FP16 scale and zero point, "
                + "8B LM head outside ROM";
    }

    /** The rows on the paper's own 3B and 8B design points; computed once (about 0.1 s cold), then shared. */
    public static List<ReportRow> rows() {
        return OnPaperPoints.ROWS;
    }

    /** Holder: the JVM computes the rows on first use, once, whichever thread gets there first. */
    private static final class OnPaperPoints {
        static final List<ReportRow> ROWS = rows(Models.llama3b(), Models.llama8b());
    }

    /** The rows on other 3B and 8B design points, e.g. refitted ones (leave-one-out). */
    public static List<ReportRow> rows(DesignPoint p3, DesignPoint p8) {
        PaperReport r = new PaperReport();
        r.performance(p3, p8);
        r.capacity(p3, p8);
        r.chip(p3);
        r.rows.addAll(PerformanceClaims.rows(p3, p8));
        r.rows.addAll(GenerationClaims.rows(p3));
        r.rows.addAll(MemoryClaims.rows(p3, p8));
        r.rows.addAll(ChipClaims.rows(p3));
        return List.copyOf(r.rows);
    }

    private void performance(DesignPoint p3, DesignPoint p8) {
        Performance a = new Performance(p3);
        Performance b = new Performance(p8);
        add("decode-3b-kv0", "Decode speed, 3B, empty KV cache (Sec. IV-B, Fig. 7)", "fig7", B3, 0, 31_800, a.decodeTokensPerS(0), "tokens/s", CALIBRATION, VALUE);
        add("decode-8b-kv0", "Decode speed, 8B, empty KV cache (Sec. IV-B, Fig. 7)", "fig7", B8, 0, 24_100, b.decodeTokensPerS(0), "tokens/s", CALIBRATION, VALUE);
        add("decode-3b-kv1k", "Decode speed, 3B, 1K tokens cached (Sec. I)", "fig7", B3, 1024, 24_600, a.decodeTokensPerS(1024), "tokens/s", CALIBRATION, VALUE);
        add("ttft-3b-4k", "TTFT, 3B, 4K input (Sec. I)", "fig6", B3, 4096, 140.2, a.ttftSeconds(4096) * MS, "ms", CALIBRATION, VALUE);
        add("ttft-3b-256", "TTFT, 3B, 256 input (Sec. I)", "fig6", B3, 256, 5.6, a.ttftSeconds(256) * MS, "ms", VALIDATION, VALUE);
        add("ttft-8b-256", "TTFT, 8B, 256 input, below 7 ms (Sec. IV-B)", "fig6", B8, 256, 7, b.ttftSeconds(256) * MS, "ms", VALIDATION, UPPER_BOUND);
        add("ttft-8b-4k", "TTFT, 8B, 4K input, below 190 ms (Sec. IV-B)", "fig6", B8, 4096, 190, b.ttftSeconds(4096) * MS, "ms", VALIDATION, UPPER_BOUND);
        add("ttft-3b-1k-r16", "TTFT, 3B, 1K input, rank 16, under 30 ms (Fig. 8)", "fig8", B3, 16, 30, a.ttftSeconds(1024) * MS, "ms", VALIDATION, UPPER_BOUND);
        add("ttft-8b-1k-r16", "TTFT, 8B, 1K input, rank 16, under 30 ms (Fig. 8)", "fig8", B8, 16, 30, b.ttftSeconds(1024) * MS, "ms", VALIDATION, UPPER_BOUND);
        add("rank64-prefill-3b", "TTFT increase, 3B, 1K input, rank 16→64, below 5% (Fig. 8)", "fig8", B3, 64, 5, rankIncreasePct(p3), "%", VALIDATION, UPPER_BOUND);
        add("rank64-prefill-8b", "TTFT increase, 8B, 1K input, rank 16→64, below 5% (Fig. 8)", "fig8", B8, 64, 5, rankIncreasePct(p8), "%", VALIDATION, UPPER_BOUND);
        add("decode-3b-kv4k", "Decode speed, 3B, 4K cached, above 10,000 (Sec. IV-B)", "fig7", B3, 4096, 10_000, a.decodeTokensPerS(4096), "tokens/s", VALIDATION, LOWER_BOUND);
        add("decode-8b-kv4k", "Decode speed, 8B, 4K cached, above 10,000 (Sec. IV-B)", "fig7", B8, 4096, 10_000, b.decodeTokensPerS(4096), "tokens/s", VALIDATION, LOWER_BOUND);
        add("gen-3b-256", "Generation, 3B, 256 in, 4K out (Fig. 9)", "fig9", B3, 256, 20_078, a.generationTokensPerS(256, 4096), "tokens/s", VALIDATION, VALUE);
        add("gen-3b-2k", "Generation, 3B, 2K in, 4K out (Fig. 9)", "fig9", B3, 2048, 8_533, a.generationTokensPerS(2048, 4096), "tokens/s", VALIDATION, VALUE);
        add("cpu-roofline", "i5-1135G7 measured 6.8 tokens/s at 256 in is under its roofline (Fig. 9)", "fig9", Platform.CPU_I5_1135G7.name(), 256, 6.8, Platform.CPU_I5_1135G7.generationTokensPerS(p3, 256, 4096), "tokens/s", VALIDATION, LOWER_BOUND);
        add("gpu-roofline", "RTX 4090 measured 219 tokens/s at 256 in is under its roofline (Fig. 9)", "fig9", Platform.GPU_RTX_4090.name(), 256, 219, Platform.GPU_RTX_4090.generationTokensPerS(p3, 256, 4096), "tokens/s", VALIDATION, LOWER_BOUND);
    }

    private static double rankIncreasePct(DesignPoint p) {
        double r16 = new Performance(p).ttftSeconds(1024);
        double r64 = new Performance(p.withLora(p.lora().withRank(64))).ttftSeconds(1024);
        return 100 * (r64 / r16 - 1);
    }

    private void capacity(DesignPoint p3, DesignPoint p8) {
        DesignPoint literal = p3.withKvBits(16).withLayout(SramLayout.LITERAL)
                .withLora(new LoraConfig(16, 8, EnumSet.allOf(Projection.class)));
        add("maxtok-64mb-r16", "Max tokens, 3B, 64 MB SRAM, rank 16 (Fig. 10)", "fig10", "rank 16", 64, 736, maxTokens(p3, 64, 16), "tokens", CALIBRATION, VALUE);
        add("maxtok-256mb-r16", "Max tokens, 3B, 256 MB SRAM, rank 16 (Fig. 10)", "fig10", "rank 16", 256, 3_808, maxTokens(p3, 256, 16), "tokens", VALIDATION, VALUE);
        add("maxtok-64mb-r64", "Max tokens, 3B, 64 MB SRAM, rank 64, drops to zero (Fig. 10)", "fig10", "rank 64", 64, 0, maxTokens(p3, 64, 64), "tokens", VALIDATION, VALUE);
        add("maxtok-64mb-r16-literal", "Max tokens, 3B, 64 MB, rank 16, stated formats (Fig. 10)", "fig10", "", 64, 736, maxTokens(literal, 64, 16), "tokens", VALIDATION, VALUE);
        add("maxtok-256mb-r16-literal", "Max tokens, 3B, 256 MB, rank 16, stated formats (Fig. 10)", "fig10", "", 256, 3_808, maxTokens(literal, 256, 16), "tokens", VALIDATION, VALUE);
        add("sram-4k-r16", "288 MB SRAM holds a 4K KV cache at rank 16, 3B (Sec. I)", "text", B3, 16, 4096, maxTokens(p3, 288, 16), "tokens", VALIDATION, LOWER_BOUND);
        add("sram-4k-r64", "288 MB SRAM holds a 4K KV cache and rank 64, 3B (Sec. I)", "text", B3, 64, 4096, maxTokens(p3, 288, 64), "tokens", VALIDATION, LOWER_BOUND);
        double rom = Knobs.ROM_GIB.value();
        add("rom-3b-int4", "4-bit 3B (with tied LM head) fits the 1.86 GB B-ROM (Sec. I)", "table1", B3, Double.NaN, rom, gib(p3), "GiB", VALIDATION, UPPER_BOUND);
        add("rom-8b-int2", "2-bit 8B decoder layers fit the 1.86 GB B-ROM (Sec. I)", "table1", B8, Double.NaN, rom, gib(p8), "GiB", VALIDATION, UPPER_BOUND);
        DesignPoint withHead = p8.withQuant(Quantization.paper(2, true));
        add("rom-8b-int2-head", "2-bit 8B with its LM head fits the 1.86 GB B-ROM (Sec. I)", "table1", B8, Double.NaN, rom, gib(withHead), "GiB", VALIDATION, UPPER_BOUND);
    }

    private static double maxTokens(DesignPoint p, long sramMiB, int rank) {
        return MemoryClaims.maxTokens(p, sramMiB, rank);
    }

    private static double gib(DesignPoint p) {
        return p.quant().romBytes(p.model()) / Constants.GIB;
    }

    private void chip(DesignPoint p) {
        AreaPower ap = new AreaPower(p.hw(), p.tech());
        double std = ap.memoryMm2PerBit(WeightCell.ROM);
        double brom = ap.memoryMm2PerBit(WeightCell.BROM);
        add("area-total", "Chip area (Table I)", "table1", "", Double.NaN, 503.7, ap.chipAreaMm2(), "mm²", CALIBRATION, VALUE);
        add("power-total", "Chip power (Table I)", "table1", "", Double.NaN, 33.1, ap.chipPowerW(), "W", CALIBRATION, VALUE);
        add("brom-area-saving", "B-ROM area saving over standard ROM, around 40% (Sec. III-B)", "fig12", "", Double.NaN, 40, 100 * (1 - brom / std), "%", CALIBRATION, VALUE);
        add("brom-transistors", "B-ROM / ROM transistors, approximately 1/4 (Sec. III-C)", "text", "", Double.NaN, 0.25, p.tech().bromTransistorRatio(), "ratio", VALIDATION, VALUE);
    }

    private void add(String id, String what, String figure, String series, double x, double published,
                     double modeled, String unit, Role role, Kind kind) {
        rows.add(new ReportRow(id, what, figure, series, x, published, modeled, unit, role, kind));
    }
}
