package org.romaexplorer.peers;

import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.VALUE;
import static org.romaexplorer.report.ReportRow.Role.CALIBRATION;
import static org.romaexplorer.report.ReportRow.Role.VALIDATION;

import java.util.List;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Hardware;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.ProcessNode;
import org.romaexplorer.model.Quantization;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.report.ReportRow;

/**
 * BitROM (Zhang, Li, Ando, Yoshioka: "BitROM: Weight Reload-Free CiROM Architecture Towards Billion-Parameter
 * 1.58-bit LLM Inference", arXiv 2509.08542, 10 Sep 2025; ASP-DAC 2026): a 65 nm compute-in-ROM macro storing two
 * ternary weights per transistor, a decode-refresh eDRAM for the KV cache, LoRA adapters; Falcon3 1.58-bit models in
 * its repository. Its numbers are macro-level; the system around the macro is the preset's assumption
 * (docs/peers.md, "BitROM").
 */
public final class BitRom extends PeerDesign {
    private static final String PAPER = "arXiv 2509.08542 abstract";
    /** LLaMA-7B (meta-llama/Llama-2-7b shape: 32 layers of 4,096, FFN 11,008, 32 heads, vocabulary 32,000). */
    static final ModelShape LLAMA_7B = new ModelShape("LLaMA-7B", 4096, 11008, 32, 32, 32, 128, 32_000, false, false, 2);

    @Override public String preset() { return "bitrom-falcon3-7b"; }

    @Override public String name() { return "BitROM"; }

    @Override
    public String assumptions() {
        return "bitrom-falcon3-7b: Falcon3-7B-Instruct-1.58bit, ternary 2-bit codes, LM head in the ROM in the same code; "
                + "65 nm, 200 MHz, 1,683 BiROMA arrays of 2,048 × 1,024 (4 Mi ternary weights each, 128 weights a cycle), "
                + "44 MiB decode-refresh eDRAM (rank-16 8-bit LoRA on v/o/down + FP8 KV), KV beyond it spilled to LPDDR5X; "
                + "attention MACs at ROMA's ratio to weight bits; energy scale fitted to 20.8 TOPS/W";
    }

    @Override
    public List<Target> targets() {
        return List.of(new Target("bitrom-tops-w", Constants.ENERGY_SCALE, BitRom::topsPerW, 20.8));
    }

    /** Ternary MAC operations (2 per weight, zeros included) per second of the L-units over their power, TOPS/W. */
    static double topsPerW(DesignPoint p) {
        Hardware hw = p.hw();
        double weightsPerS = hw.matrixUnits() * hw.lUnitBitsPerCycle() * hw.clockHz() / p.quant().bitsPerWeight();
        double watts = new AreaPower(hw, p.tech(), p.quant()).lUnitPowerW(hw.weightCell());
        return 2 * weightsPerS / watts / 1e12;
    }

    /** Bits per mm² of a weight cell's macro at the design's node (no die overhead). */
    static double bitsPerMm2(DesignPoint p, WeightCell c) {
        return 1 / new AreaPower(p.hw(), p.tech(), p.quant()).memoryMm2PerBit(c);
    }

    /** Share of the generation's KV reads the on-die store keeps from DRAM: against a store holding no KV at all. */
    static double dramSaving(DesignPoint p) {
        long n = p.workload().inputLen();
        long m = p.workload().outputLen();
        double with = new Performance(p).dramBytes(n, m);
        DesignPoint none = p.withHw(p.hw().withSramBytes(Math.max(1, p.lora().bytes(p.model()))));
        double without = new Performance(none).dramBytes(n, m);
        return 100 * (1 - with / without);
    }

    /** LLaMA-7B in INT8 (groups of 128, FP16 scale) in a 1T ROM macro at 7 nm, cm². */
    static double llama7bRomCm2(DesignPoint p) {
        DesignPoint at7 = p.withTech(p.tech().withNode(ProcessNode.N7));
        Quantization int8 = new Quantization(8, 128, 16, 8, true, true);
        double bits = int8.romBytes(LLAMA_7B) * 8.0;
        return bits * new AreaPower(at7.hw(), at7.tech(), int8).memoryMm2PerBit(WeightCell.ROM) / 100;
    }

    @Override
    public List<ReportRow> rows(DesignPoint p) {
        double cirom = bitsPerMm2(p, WeightCell.CIROM2T);
        double rom = bitsPerMm2(p, WeightCell.ROM);
        return new Rows(p.model().name())
                .add("bitrom-density", "Bit density of the BiROMA macro, 65 nm (kB of 2-bit ternary codes)", PAPER,
                        "abstract", 4967, cirom / 8 / 1000, "kB/mm²", CALIBRATION, VALUE)
                .add("bitrom-tops-w", "Energy efficiency of the macro, 2 operations per ternary MAC", PAPER, "abstract",
                        20.8, topsPerW(p), "TOPS/W", CALIBRATION, VALUE)
                .add("bitrom-prior-cirom", "Density of a 65 nm 1T ROM compute-in-memory macro, the model's 1T ROM at 65 nm",
                        "Yin et al., IEEE JSSC 2024, doi 10.1109/JSSC.2023.3326955, abstract", "text", 3984,
                        rom / 1000, "kb/mm²", VALIDATION, VALUE)
                .add("bitrom-dram", "External DRAM accesses saved by the decode-refresh eDRAM (workload not published; "
                        + "the preset's 512 in / 512 out, against no on-die KV)", PAPER, "abstract", 43.6, dramSaving(p),
                        "%", VALIDATION, VALUE)
                .claim("claim-bitrom-10x", "\"a 10× improvement in area efficiency over prior digital CiROM designs\" "
                        + "(bit density: a review's reading): BiROMA over the model's 1T ROM macro, same node, "
                        + "approximately 10×", PAPER + "; themoonlight.io review", 10, cirom / rom, "×", VALUE)
                .claim("claim-bitrom-llama7b", "\"LLaMA-7B … demands more than 1,000 cm² of silicon area even in advanced "
                        + "CMOS nodes\" (conventional CiROM): LLaMA-7B in INT8 in a 1T ROM macro at 7 nm",
                        PAPER, 1000, llama7bRomCm2(p), "cm²", LOWER_BOUND)
                .list();
    }

    @Override
    public List<String> contradictions() {
        return List.of(
                "\"More than 1,000 cm²\" for LLaMA-7B in CiROM 'even in advanced CMOS nodes': 6.7 B INT8 weights in a 1T "
                        + "ROM at 7 nm (1/3 of a 0.027 µm² cell, 70% macro efficiency) take about 7 cm², at 65 nm about "
                        + "135 cm². The claim needs a CiROM about 140× less dense than a 1T ROM at 7 nm (e.g. analog CiM "
                        + "macros with their converters); BitROM's abstract does not say which.",
                "20.8 TOPS/W against the template's energies: ROMA's 7 nm L-unit energies scaled to 65 nm by Stillmaker "
                        + "and Baas (×35.2) give about a quarter of it at the ROMA energy scale; the template's 7 nm "
                        + "energies are Horowitz's 45 nm figures × 0.2, where Stillmaker's own 45 → 7 nm factor is 1/18, so "
                        + "at 65 nm they sit about 3.6× above Horowitz's 45 nm numbers. The preset's fitted energy scale "
                        + "(0.48 against ROMA's 1.95) absorbs that; it applies to every dynamic energy of the preset.",
                "The eDRAM is 'decode-refresh': the decode reads refresh it. The model charges full refresh (every bit every "
                        + "40 µs), an upper bound, which at 65 nm is several watts for tens of MiB.");
    }

    @Override
    public List<String> unknowns() {
        return List.of(
                "Tokens/s, die area and system power: not in the abstract or the repository; the model's numbers for them "
                        + "rest on the preset's assumptions below.",
                "Clock: 200 MHz assumed (100–500 MHz for 65 nm CiROM macros).",
                "Array rate: 128 ternary weights a cycle per 2,048 × 1,024 array (one per Tri-Mode Local Accumulator of "
                        + "8 columns; secondary reading of Sec. III-B), range ×0.5–×4.",
                "eDRAM size: 44 MiB assumed (the adapters plus the KV of a 512-token prompt); 43.6% needs the paper's "
                        + "context and eDRAM size, neither read here. KV precision: 8 bits assumed.",
                "LM head: Falcon3's 1.58-bit checkpoints keep it in BF16 (modules_to_not_convert); the preset puts it in "
                        + "the ternary ROM (in 8 bits it would add about 300 MB).",
                "Attention and vector datapath: none described; the preset keeps ROMA's ratio of attention MACs to weight "
                        + "bits (7.33 MACs a cycle per array) and the fewest vector units (3) that keep vector work below "
                        + "the weight stream.",
                "LoRA precision: 6-bit adapters in the repository's scripts; the preset stores them in 8 bits (the "
                        + "nearest the template has).");
    }
}
