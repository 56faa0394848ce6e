package org.romaexplorer.peers;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.VALUE;
import static org.romaexplorer.report.ReportRow.Role.CALIBRATION;
import static org.romaexplorer.report.ReportRow.Role.VALIDATION;

import java.util.List;
import org.romaexplorer.model.AreaBreakdown;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Platform;
import org.romaexplorer.report.ReportRow;

/**
 * Taalas HC1 (a product unveiled 19 Feb 2026; company claims, no independent measurement): Llama 3.1 8B hard-wired in
 * a mask-ROM "recall fabric" with "3-bit and 6-bit" parameters, SRAM for the KV cache and fine-tuned weights, TSMC N6,
 * 815 mm², about 53 billion transistors, about 17,000 tokens/s per user (docs/peers.md, "Taalas HC1").
 */
public final class TaalasHc1 extends PeerDesign {
    static final int IN = 1024;
    static final int OUT = 1024;
    private static final String BLOG = "Taalas blog \"The path to ubiquitous AI (17k tokens/sec)\", Feb 2026; company claim";
    private static final String NEXT = "The Next Platform, T. P. Morgan, 19 Feb 2026; company figure";

    @Override public String preset() { return "taalas-hc1"; }

    @Override public String name() { return "Taalas HC1"; }

    @Override
    public String assumptions() {
        return "taalas-hc1: Llama-3.1-8B, 3-bit layers with 6-bit LM head and embedding (groups of 128, FP16 scale, "
                + "3-bit zero point), all in a metal-programmed 1T ROM; TSMC N6, 1 GHz, ROMA's 16 × 16 array and per-unit "
                + "attention and vector rates; 282 MiB SRAM (FP16 KV of one 2,048-token user + rank-16 FP16 LoRA); "
                + "L-unit rate fitted to 17,000 tokens/s, area utilization to 815 mm²";
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("hc1-per-user", Constants.L_UNIT_BITS_PER_CYCLE, TaalasHc1::perUser, 17_000),
                new Target("hc1-area", Constants.AREA_UTILIZATION, p -> Evaluator.evaluate(p).areaMm2(), 815));
    }

    /** A user's streaming speed: mean decode over the 1K output tokens after a 1K prompt (batch 1). */
    static double perUser(DesignPoint p) {
        return streamingTokensPerS(p, IN, OUT);
    }

    /**
     * Transistors of the die: one per bit of a 1T ROM (a metal/via ROM: {@link org.romaexplorer.model.WeightCell}),
     * six per SRAM bit, and the logic's area (without its share of routing) times the node's logic density.
     */
    static double transistors(DesignPoint p) {
        AreaBreakdown a = new AreaPower(p.hw(), p.tech(), p.quant()).breakdown();
        double logicMm2 = (a.lLogic() + a.hLogic() + a.vectorLogic()) * p.tech().areaUtilization();
        double sramBits = (p.hw().sramBytes() + p.hw().intermediateSramBytes()) * 8.0;
        return p.hw().romBytes() * 8.0 + 6 * sramBits + logicMm2 * p.tech().node().logicMtrPerMm2() * 1e6;
    }

    @Override
    public List<ReportRow> rows(DesignPoint p) {
        Metrics m = Evaluator.evaluate(p);
        double gpu = Platform.GPU_H100_SXM.generationTokensPerS(p, IN, OUT);
        return new Rows(p.model().name())
                .add("hc1-per-user", "Speed per user, Llama 3.1 8B, 1K in / 1K out (mean decode after the prompt, "
                        + "batch 1)", BLOG + "; 1K/1K from its chart via besthub.dev", "article", 17_000, perUser(p),
                        "tokens/s", CALIBRATION, VALUE)
                .add("hc1-area", "Die area", "ertas.ai; aicentral.substack 10 Mar 2026; company figure", "article", 815,
                        m.areaMm2(), "mm²", CALIBRATION, VALUE)
                .add("hc1-transistors", "Transistors, about 53 billion (model: 1 a ROM bit, 6 an SRAM bit, logic at "
                        + "N6 density)", NEXT, "article", 53, transistors(p) / 1e9, "billion", VALIDATION, VALUE)
                .add("hc1-hardwired", "\"8 billion parameters on the hard-wired part\": weights in the ROM",
                        "L. Bajic in The Next Platform / mlq.ai interview, Feb 2026", "article", 8,
                        p.quant().romWeights(p.model()) / 1e9, "billion", VALIDATION, VALUE)
                .add("hc1-power", "Card power, about 200 W, bounds the chip's peak power from above",
                        "The Next Platform, 19 Feb 2026, quoting L. Bajic; 250 W in later secondary reports", "article",
                        200, m.powerW(), "W", VALIDATION, UPPER_BOUND)
                .claim("claim-hc1-10x", "\"about 10× faster than the current state of the art\": per-user speed over an "
                        + "H100 SXM's roofline on the same quantized model, at least 10×", BLOG, 10,
                        perUser(p) / gpu, "×", LOWER_BOUND)
                .list();
    }

    @Override
    public List<String> contradictions() {
        return List.of(
                "Card power: 200 W (Bajic, via The Next Platform) against 250 W (machine-written and later secondary pieces). "
                        + "Ten cards and a host at 2.5 kW fit 200 W; 250 W is probably 2.5 kW divided by ten. The row "
                        + "uses 200 W as an upper bound on the chip.",
                "\"One transistor stores a 4-bit parameter and does the multiply\" (EE Times) against 53 B transistors: "
                        + "at 4 bits a transistor the ~3.5 GB ROM would need about 7 G of them, leaving ~46 G for SRAM "
                        + "and logic (~1 GB of SRAM, or far more logic than a 1T-per-bit reading needs). The model stores "
                        + "one bit per transistor and counts 45 B with 282 MiB of SRAM, 15% under 53 B (hc1-transistors): "
                        + "about 1.3 Gbit more SRAM (the KV of concurrent users) would close it; a 4-bit-a-transistor cell would widen it.",
                "\"3-bit and 6-bit parameters\" reads as mixed precision per tensor (which tensors is not public) or as "
                        + "3-bit weights with 6-bit block scales; the preset takes the first (6-bit vocabulary tables, as "
                        + "llama.cpp's 3-bit mixes keep the output at 6 bits); docs/peers.md gives the other's bytes.",
                "\"10× lower power\" than GPU systems against a 200 W card and a 700 W H100 SXM (3.5×): the claim must be "
                        + "per token or per system; no row.",
                "\"Two masks\" change per model (EE Times) against \"the top two metal layers\" (other reports): two "
                        + "metal layers need their via masks too.");
    }

    @Override
    public List<String> unknowns() {
        return List.of(
                "Clock (1 GHz assumed, 0.5–1.5 GHz), array organisation (ROMA's 16 × 16 taken) and the L-unit rate: only "
                        + "their product with the clock is pinned, by the 17,000 tokens/s.",
                "Which tensors are 6-bit, the group size and scale format: the preset's ROM is 3.55 GB (3-bit layers, "
                        + "6-bit LM head and embedding, groups of 128); the readings span 2.8–4.3 GB.",
                "SRAM size: 282 MiB assumed (one user's 2,048-token FP16 KV cache and a rank-16 FP16 adapter); 8-bit KV "
                        + "would halve the KV part. Concurrent users would need a multiple.",
                "Die overhead: the area utilization is fitted to 815 mm² (ROMA's is 0.473); the transistor count, which "
                        + "does not depend on it, is the check.",
                "Prefill speed, chip power and the number of users served at once: not published; 'per user' is taken "
                        + "as batch 1.",
                "Price per card: not published (only an API price).");
    }
}
