package org.romaexplorer.peers;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.VALUE;
import static org.romaexplorer.report.ReportRow.Role.CALIBRATION;
import static org.romaexplorer.report.ReportRow.Role.VALIDATION;

import java.util.List;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.report.ReportRow;

/**
 * TOM (Guan, Zhang, Wang, Gao, Cao, Zhang, Xu: "TOM: A Ternary Read-only Memory Accelerator for LLM-powered Edge
 * Intelligence", arXiv 2602.20662v1, 24 Feb 2026; ROMA's group): BitNet b1.58 2B4T with its ternary weights synthesized
 * as standard-cell logic (a zero bit costs no area), SRAM for QLoRA adapters and the KV cache, 7 nm, 500 MHz.
 * Numbers marked "secondary" come from reader notes or machine-written summaries of the paper, not its text
 * (docs/peers.md, "TOM").
 */
public final class Tom extends PeerDesign {
    private static final String PAPER = "arXiv 2602.20662v1";
    private static final String NOTES = "reader notes on " + PAPER + " §IV–V, secondary";

    @Override public String preset() { return "tom-bitnet2b"; }

    @Override public String name() { return "TOM"; }

    @Override
    public String assumptions() {
        return "tom-bitnet2b: BitNet b1.58 2B4T, ternary 2-bit codes, 40% zero weights (70% zero bits), LM head outside "
                + "the ROM; 7 nm, 500 MHz, 16 lanes × 10 MVUs, 37.5 MiB SRAM (FP8 KV + rank-16 4-bit LoRA), ROMA's "
                + "per-unit attention and vector rates and area utilization; 3,306 tokens/s read as the peak decode "
                + "speed (empty cache, batch 1)";
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("tom-tps", Constants.L_UNIT_BITS_PER_CYCLE, Tom::peakDecode, 3306));
    }

    static double peakDecode(DesignPoint p) {
        return new Performance(p).decodeTokensPerS(0);
    }

    /** MiB of weights per mm² of logic ROM at a zero-bit share of the 2-bit codes. */
    static double logicRomMiBPerMm2(DesignPoint p, double zeroBitShare) {
        double zeros = 1 - 2 * (1 - zeroBitShare); // 2-bit codes: ones share (1 − z)/2
        AreaPower ap = new AreaPower(p.hw(), p.tech(), p.quant().withZeroFraction(zeros));
        return 1 / (ap.memoryMm2PerBit(WeightCell.TERNARY_LOGIC) * 8 * Constants.MIB);
    }

    private static double densityOver(DesignPoint p, WeightCell other) {
        AreaPower ap = new AreaPower(p.hw(), p.tech(), p.quant().withZeroFraction(0.30));
        return ap.memoryMm2PerBit(other) / ap.memoryMm2PerBit(WeightCell.TERNARY_LOGIC);
    }

    @Override
    public List<ReportRow> rows(DesignPoint p) {
        Metrics m = Evaluator.evaluate(p);
        Performance perf = new Performance(p);
        String series = p.model().name();
        return new Rows(series)
                .add("tom-density", "ROM data density at a 70% zero-bit ratio, bank 128 × 1,024 (peak of the bank sweep)",
                        PAPER + " §V, Fig. 10", "fig10", 15.0, logicRomMiBPerMm2(p, 0.70), "MiB/mm²", CALIBRATION, VALUE)
                .add("tom-tps", "Throughput on BitNet-2B, read as the peak decode speed", PAPER + " abstract",
                        "abstract", 3306, peakDecode(p), "tokens/s", CALIBRATION, VALUE)
                .add("tom-vs-rom", "Density over a compiler-generated standard ROM, same node, 65% zero bits", PAPER
                        + " §V, Fig. 9", "fig9", 5.2, densityOver(p, WeightCell.ROM), "×", VALIDATION, VALUE)
                .add("tom-vs-sram", "Density over a compiler-generated SRAM, same node, 65% zero bits", PAPER
                        + " §V, Fig. 9", "fig9", 3.3, densityOver(p, WeightCell.SRAM), "×", VALIDATION, VALUE)
                .add("tom-rom-capacity", "ROM capacity for BitNet-2B (30 layers, 2-bit codes and row scales)", NOTES,
                        "text", 498.54, m.romBytesRequired() / Constants.MIB, "MiB", VALIDATION, VALUE)
                .add("tom-context", "SRAM holds the default 1,024-token context beside the adapters", NOTES, "text",
                        1024, m.maxTokens(), "tokens", VALIDATION, LOWER_BOUND)
                .add("tom-power", "Total chip power with power gating (model: peak power at full activity)",
                        "ROM4AI blog, 13 Mar 2026, machine-written, low weight", "text", 5.33, m.powerW(), "W",
                        VALIDATION, VALUE)
                .claim("claim-tom-tbt-2560", "\"TBT does not increase significantly as the context length scales "
                        + "(e.g., up to 2560 tokens)\": time per token at 2,560 cached over an empty cache, below 1.2",
                        PAPER + " §V, Fig. 15(b)", 1.2, perf.decodeTokensPerS(0) / perf.decodeTokensPerS(2560), "ratio",
                        UPPER_BOUND)
                .list();
    }

    @Override
    public List<String> contradictions() {
        return List.of(
                "TOM's two comparisons make its own standard ROM less dense than its SRAM: 15.0/5.2 = 2.9 MB/mm² against "
                        + "15.0/3.3 = 4.5 MB/mm² (and at 65% zero bits, not the 70% of the 15.0). ROMA, from the same group, "
                        + "puts a ROM cell at 1/3 of the SRAM's (Sec. II-C); the model follows ROMA, so tom-vs-rom and "
                        + "tom-vs-sram cannot both hold: the model gives 1.4× and 4.2×.",
                "4.5 MB/mm² of SRAM would need 0.027 µm² HD cells at 97% array efficiency; the model's 7 nm macro "
                        + "(70% efficiency) gives 3.1 MiB/mm².",
                "37.5 MB of SRAM is exactly the FP8 KV cache of 1,024 tokens (30 × 2 × 5 × 128 B = 38,400 B a token), yet "
                        + "TOM says the adapters share that SRAM: rank-16 adapters (even at 4 bits) leave 920 tokens.",
                "The A100 speed-up is 63.7× in one machine-written summary and 'up to 465×' in another; 3,306/63.7 = "
                        + "52 tokens/s is a plausible batch-1 A100 for BitNet-2B, 3,306/465 = 7.1 looks like a CPU. Neither "
                        + "is a row until the paper's table is read.",
                "The ROM capacity (498.54 MB) matches the 30 decoder layers at 2 bits with row scales (498.2 MiB) only if "
                        + "'MB' means MiB and the 328 M-parameter tied embedding / LM head is not in the ROM; where it is "
                        + "is not said.");
    }

    @Override
    public List<String> unknowns() {
        return List.of(
                "Workload of the 3,306 tokens/s: not stated where read. The preset reads it as the peak decode speed "
                        + "(empty cache, batch 1). Read as the mean over 512 output tokens after a 512-token prompt instead, "
                        + "the fitted L-unit rate rises by the attention share (docs/peers.md).",
                "Die area and power: not published (only the ROM module was placed and routed). The model gives them "
                        + "from ROMA's per-unit rates, energies and area utilization.",
                "Node and clock (7 nm, 500 MHz), the FP8 KV cache and the 16 × 10 array: reader notes only.",
                "Adapter rank, precision and placement: ternary adapters in the SRAM; the preset takes rank 16 on "
                        + "q/k/v/o at 4 bits (the smallest LoRA precision the template has; ternary ones would be 2).",
                "Zero fraction of BitNet-2B's weights: 'over 70% zero bits in most layers' (secondary); the preset takes "
                        + "40% zero weights (70% zero bits), range 31–50%.",
                "The attention datapath (FP8 × FP8 on the ternary adder trees): the preset keeps ROMA's FP16 MACs per "
                        + "unit, so attention time and the H-unit power are ROMA's per unit.");
    }
}
