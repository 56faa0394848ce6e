package org.romaexplorer.model;

import static org.romaexplorer.model.Param.Section.HARDWARE;
import static org.romaexplorer.model.Param.Section.KV;
import static org.romaexplorer.model.Param.Section.OVERFLOW;
import static org.romaexplorer.model.Param.Section.LAYOUT;
import static org.romaexplorer.model.Param.Section.LORA;
import static org.romaexplorer.model.Param.Section.QUANTIZATION;
import static org.romaexplorer.model.Param.Section.WORKLOAD;

import java.util.List;

/**
 * The design and workload parameters an architect turns (sliders, {@code --set}, sweep axes), each declared
 * once ({@link Param}); defaults are ROMA's 4-bit Llama-3.2-3B design point under the assumptions that
 * reproduce the paper (docs/paper-fit.md). The chip and technology constants are in {@link Constants}.
 */
public final class Knobs {
    private Knobs() {}

    public static final Param SRAM_MB = Param.memory(Memory.SRAM, "SRAM").in(HARDWARE)
            .about("SRAM for LoRA weights and KV cache in the H-units")
            .paper(288, "Sec. I: 288 MB SRAM for LoRA and KV cache").rounding(0.5, "'288 MB' (Sec. I): ±0.5")
            .slider(16, 1024)
            .access(p -> Memory.SRAM.size(p.hw().sramBytes()), (p, v) -> p.withHw(p.hw().withSramBytes(Memory.SRAM.bytes(v))));
    public static final Param LORA_RANK = Param.integer("lora_rank", "LoRA rank", "", 0, 1024).in(LORA).field("rank")
            .about("LoRA rank r (0: no adapters)").paper(16, "Figs. 6, 7, 9, 10; 16 to 64 in Fig. 8").slider(0, 128)
            .access(p -> p.lora().rank(), (p, v) -> p.withLora(p.lora().withRank((int) v)));
    public static final Param BASE_BITS = Param.oneOf("base_bits", "Base bits", "bit", 2, 3, 4, 8).in(QUANTIZATION)
            .about("base-model weight bits in ROM").paper(4, "Sec. IV-A: 4 (3B), 2 (8B)").slider(2, 8)
            .access(p -> p.quant().baseBits(), (p, v) -> p.withQuant(p.quant().withBaseBits((int) v)));
    public static final Param KV_BITS = Param.oneOf("kv_bits", "KV cache bits", "bit", 4, 8, 16, 32).in(KV)
            .about("KV-cache precision")
            .value(8, "docs/paper-fit.md: the paper states FP16 (Sec. IV-A); its Fig. 10 needs 8").slider(4, 32)
            .access(DesignPoint::kvBits, (p, v) -> p.withKvBits((int) v));
    public static final Param LORA_BITS = Param.oneOf("lora_bits", "LoRA bits", "bit", 4, 8, 16, 32).in(LORA).field("bits")
            .about("LoRA weight precision")
            .value(16, "docs/paper-fit.md: the paper states FP8 (Sec. IV-A); its Fig. 10 needs 16").slider(4, 32)
            .access(p -> p.lora().bits(), (p, v) -> p.withLora(p.lora().withBits((int) v)));
    public static final Param INPUT_LEN = Param.integer("input_len", "Input length", "tokens", 1, 1 << 20).in(WORKLOAD)
            .about("prompt tokens prefilled").paper(256, "256 to 4K (Fig. 6), to 2K (Fig. 9)").slider(1, 8192)
            .access(p -> p.workload().inputLen(), (p, v) -> p.withWorkload(p.workload().withInputLen((int) v)));
    public static final Param KV_LEN = Param.integer("kv_len", "KV length", "tokens", 0, 1 << 20).in(WORKLOAD)
            .about("tokens already cached for one decode step").paper(0, "0 to 4K (Fig. 7)").slider(0, 8192)
            .access(p -> p.workload().kvLen(), (p, v) -> p.withWorkload(p.workload().withKvLen((int) v)));
    public static final Param OUTPUT_LEN = Param.integer("output_len", "Output length", "tokens", 1, 1 << 20).in(WORKLOAD)
            .about("tokens generated after the prompt").paper(4096, "4K (Fig. 9)").slider(1, 8192)
            .access(p -> p.workload().outputLen(), (p, v) -> p.withWorkload(p.workload().withOutputLen((int) v)));
    public static final Param CLOCK_MHZ = Param.number("clock_mhz", "Clock", "MHz", 1, 10_000).in(HARDWARE)
            .about("clock").paper(500, "Table I").rounding(0.5, "'500Mhz' (Table I): ±0.5 MHz").slider(100, 2000)
            .access(p -> p.hw().clockHz() / 1e6, (p, v) -> p.withHw(p.hw().withClockHz(v * 1e6)));
    public static final Param ROM_GIB = Param.memory(Memory.ROM, "ROM capacity").in(HARDWARE)
            .about("B-ROM capacity").paper(1.86, "Table I: 1.86GB (B-ROM), read as GiB").rounding(0.005, "'1.86GB' (Table I): ±0.005")
            .access(p -> Memory.ROM.size(p.hw().romBytes()), (p, v) -> p.withHw(p.hw().withRomBytes(Memory.ROM.bytes(v))));
    public static final Param INTERMEDIATE_SRAM_MB = Param.memory(Memory.INTERMEDIATE_SRAM, "Intermediate SRAM").in(HARDWARE)
            .about("SRAM for intermediate data in the vector units")
            .paper(16, "Sec. I: 16 MB SRAM for intermediate data").rounding(0.5, "'16 MB' (Sec. I): ±0.5")
            .access(p -> Memory.INTERMEDIATE_SRAM.size(p.hw().intermediateSramBytes()),
                    (p, v) -> p.withHw(Records.with(p.hw(), "intermediateSramBytes", Memory.INTERMEDIATE_SRAM.bytes(v))));
    public static final Param MATRIX_ROWS = Param.integer("matrix_rows", "Matrix-unit rows", "", 1, 1024).in(HARDWARE)
            .about("rows of matrix units").paper(16, "Sec. III-A: two arrays of 8")
            .access(p -> p.hw().matrixRows(), (p, v) -> p.withHw(p.hw().withArray((int) v, p.hw().columns())));
    public static final Param COLUMNS = Param.integer("columns", "Columns", "", 1, 1024).in(HARDWARE)
            .about("columns of units, also the vector units").paper(16, "Sec. III-A: 16 columns")
            .access(p -> p.hw().columns(), (p, v) -> p.withHw(p.hw().withArray(p.hw().matrixRows(), (int) v)));

    public static final Param WEIGHT_PACKING = Param.choice("weight_packing", "Weight packing", "integer", "ternary2", "ternary5")
            .in(QUANTIZATION).slider(0, 2)
            .about("base weights: integers of base_bits, or ternary (BitNet b1.58) at 2 bits or 5 trits per byte")
            .paper(0, "Sec. III-B: integer weights")
            .access(p -> p.quant().packing().ordinal(), (p, v) -> p.withQuant(p.quant().withPacking(WeightPacking.values()[(int) v])));
    public static final Param ZERO_FRACTION = Param.number("zero_fraction", "Zero-weight fraction", "", 0, 0.99).in(QUANTIZATION)
            .about("share of zero ternary weights (no add; no read with 2-bit codes); used by ternary packings only")
            .value(0, "integer weights: none; 0.31 for absmean-ternarized Gaussian weights (ternary_zero_fraction)")
            .access(p -> p.quant().zeroFraction(), (p, v) -> p.withQuant(p.quant().withZeroFraction(v)));
    public static final Param GROUP_SIZE = Param.integer("group_size", "Quantization group", "weights", 1, 65_536).in(QUANTIZATION)
            .about("weights sharing one scale and zero point").paper(128, "Sec. III-B: groups of 128")
            .access(p -> p.quant().groupSize(), (p, v) -> p.withQuant(Records.with(p.quant(), "groupSize", v)));
    public static final Param SCALE_BITS = Param.integer("scale_bits", "Scale bits", "bit", 0, 32).in(QUANTIZATION)
            .about("bits of each group's scale").paper(16, "Sec. III-B: FP16 scale")
            .access(p -> p.quant().scaleBits(), (p, v) -> p.withQuant(Records.with(p.quant(), "scaleBits", v)));
    public static final Param ZERO_BITS = Param.integer("zero_bits", "Zero-point bits", "bit", 0, 16).in(QUANTIZATION)
            .about("bits of each group's zero point").paper(4, "Sec. III-B: UInt2 for 2-bit weights, as wide as the weights")
            .access(p -> p.quant().zeroBits(), (p, v) -> p.withQuant(Records.with(p.quant(), "zeroBits", v)));
    public static final Param LM_HEAD_IN_ROM = Param.flag("lm_head_in_rom", "LM head in ROM").in(QUANTIZATION)
            .about("whether the LM head is quantized into ROM")
            .value(1, "docs/paper-fit.md: the 3B's tied head fits; the 8B's does not fit 1.86 GB")
            .access(p -> p.quant().lmHeadInRom() ? 1 : 0, (p, v) -> p.withQuant(Records.with(p.quant(), "lmHeadInRom", v)));
    public static final Param EMBEDDING_IN_ROM = Param.flag("embedding_in_rom", "Embedding in ROM").in(QUANTIZATION)
            .about("whether an untied input embedding is quantized into ROM too")
            .value(0, "assumption: the embedding is a table lookup, not streamed (docs/paper-fit.md)")
            .access(p -> p.quant().embeddingInRom() ? 1 : 0, (p, v) -> p.withQuant(Records.with(p.quant(), "embeddingInRom", v)));

    public static final Param ATTENTION_BITS = classBits("attention_bits", "Attention bits", "the attention projections (q, k, v, o)")
            .access(p -> p.quant().attentionBits(), (p, v) -> p.withQuant(Records.with(p.quant(), "attentionBits", v)));
    public static final Param LM_HEAD_BITS = classBits("lm_head_bits", "LM-head bits", "the LM head (the one table when tied)")
            .access(p -> p.quant().lmHeadBits(), (p, v) -> p.withQuant(Records.with(p.quant(), "lmHeadBits", v)));
    public static final Param EMBEDDING_BITS = classBits("embedding_bits", "Embedding bits", "an untied input embedding held in ROM")
            .access(p -> p.quant().embeddingBits(), (p, v) -> p.withQuant(Records.with(p.quant(), "embeddingBits", v)));

    public static final Param SRAM_UNITS = Param.integer("sram_units", "SRAM units", "", 1, 65_536).in(LAYOUT).field("units")
            .about("H-units the SRAM is split over").value(256, "docs/paper-fit.md: 256 H-units (two 8×16 arrays)")
            .access(p -> p.layout().units(), (p, v) -> p.withLayout(Records.with(p.layout(), "units", v)));
    public static final Param KV_GRANULE = Param.integer("kv_granule_bytes", "KV granule", "bytes", 1, 1 << 20).in(LAYOUT)
            .about("allocation unit of one token's KV share in one H-unit")
            .value(64, "docs/paper-fit.md: the simplest layout that reproduces Fig. 10")
            .access(p -> p.layout().kvGranuleBytes(), (p, v) -> p.withLayout(Records.with(p.layout(), "kvGranuleBytes", v)));
    public static final Param LORA_GRANULE = Param.integer("lora_granule_bytes", "LoRA granule", "bytes", 1, 1 << 30).in(LAYOUT)
            .about("allocation unit of the LoRA share in one H-unit")
            .value(4096, "docs/paper-fit.md: the simplest layout that reproduces Fig. 10")
            .access(p -> p.layout().loraGranuleBytes(), (p, v) -> p.withLayout(Records.with(p.layout(), "loraGranuleBytes", v)));

    public static final Param KV_OVERFLOW = Param.choice("kv_overflow", "KV overflow", "reject", "spill", "evict")
            .in(OVERFLOW).field("policy").slider(0, 2)
            .about("KV beyond the SRAM: reject (flag it), spill (to off-chip DRAM), evict (sinks + recent, StreamingLLM)")
            .value(0, "the paper does not discuss it; reject flags the design (docs/model.md)")
            .access(p -> p.kvPolicy().overflow().ordinal(),
                    (p, v) -> p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.values()[(int) v])));
    public static final Param DRAM_MB_PER_S = Param.number("dram_mb_per_s", "DRAM bandwidth", "MB/s", 1, 100_000_000)
            .in(OVERFLOW).slider(1_000, 1_000_000)
            .about("off-chip DRAM bandwidth for spilled KV")
            .value(68_264, "LPDDR5X-8533 on a 64-bit bus: 8,533 MT/s × 8 B (JEDEC JESD209-5B); LPDDR5-6400 gives 51,200")
            .access(p -> p.kvPolicy().dramBytesPerS() / 1e6, (p, v) -> p.withKvPolicy(p.kvPolicy().withDramBytesPerS(v * 1e6)));
    public static final Param DRAM_PJ_PER_BIT = Param.number("dram_pj_per_bit", "DRAM read energy", "pJ/bit", 0, 1000)
            .in(OVERFLOW).about("off-chip DRAM read energy for spilled KV, interface included")
            .value(4.0, "estimate: LPDDR5/5X read incl. I/O ≈ 3–5 pJ/bit (LPDDR4 ≈ 4–5 in O'Connor et al., MICRO 2017; "
                    + "LPDDR5X ~20% below LPDDR5 per Samsung)")
            .access(p -> p.kvPolicy().dramPjPerBit(), (p, v) -> p.withKvPolicy(p.kvPolicy().withDramPjPerBit(v)));
    public static final Param KV_SINK_TOKENS = Param.integer("kv_sink_tokens", "Attention sinks", "tokens", 0, 1 << 20)
            .in(OVERFLOW).field("sink_tokens").about("first tokens the evict policy always keeps")
            .value(4, "StreamingLLM (Xiao et al., ICLR 2024): 4 initial tokens as attention sinks")
            .access(p -> p.kvPolicy().sinkTokens(), (p, v) -> p.withKvPolicy(Records.with(p.kvPolicy(), "sinkTokens", v)));

    public static final Param NODE_NM = Param.oneOf("node_nm", "Process node", "nm", 3, 5, 6, 7, 12, 16, 28, 65)
            .in(Param.Section.TECHNOLOGY).menu()
            .about("process node: scales every memory cell, logic area, energy and leakage from ROMA's 7 nm (ProcessNode)")
            .paper(7, "Sec. IV-A: TSMC 7 nm standard library")
            .access(p -> p.tech().node().nm(), (p, v) -> p.withTech(p.tech().withNode(ProcessNode.of((int) v))));
    public static final Param WEIGHT_CELL = Param.choice("weight_cell", "Weight cell", WeightCell.keys()).in(HARDWARE).menu()
            .about("the memory cell holding the base-model weights beside the L-unit compute (WeightCell)")
            .paper(WeightCell.FUSED.ordinal(), "Sec. III-D: the fused cell")
            .access(p -> p.hw().weightCell().ordinal(), (p, v) -> p.withHw(p.hw().withWeightCell(WeightCell.values()[(int) v])));
    public static final Param KV_STORE = Param.choice("kv_store", "KV store", KvStore.keys()).in(HARDWARE).menu()
            .about("the memory of the LoRA adapters and the KV cache: SRAM, or a refreshed logic-compatible eDRAM")
            .paper(KvStore.SRAM.ordinal(), "Sec. III-A: SRAM-based H-units")
            .access(p -> p.hw().kvStore().ordinal(), (p, v) -> p.withHw(p.hw().withKvStore(KvStore.values()[(int) v])));

    // --- serving (issue 21; docs/model.md, "Serving from one ROM")
    public static final Param USERS = Param.integer("users", "Users", "", 1, 1024).in(WORKLOAD)
            .about("sequences decoding together (B), each with its own KV cache and adapter; they share the ROM read")
            .value(1, "paper Sec. I: single-batch autoregressive generation").slider(1, 64)
            .access(p -> p.workload().users(), (p, v) -> p.withWorkload(p.workload().withUsers((int) v)));
    public static final Param ADAPTERS = Param.integer("adapters", "Resident adapters", "", 1, 256).in(LORA)
            .about("LoRA adapters resident in the SRAM: adapter 1 of the design's rank, the others of lora.other_ranks "
                    + "(in order) or else the design's rank; each padded to its own LoRA pages")
            .value(1, "paper Fig. 1 shows many adapters; its numbers use one").slider(1, 16)
            .access(p -> p.lora().adapters(), (p, v) -> p.withLora(p.lora().withAdapters((int) v)));
    public static final Param ADAPTER_HIT_RATE = Param.number("adapter_hit_rate", "Adapter hit rate", "", 0, 1).in(WORKLOAD)
            .about("share of requests whose adapter is resident; a miss first loads it from off-chip DRAM "
                    + "(dram_mb_per_s, dram_pj_per_bit) before its prefill")
            .value(1, "paper: one adapter, always resident; below 1 an assumption about the request mix")
            .access(p -> p.workload().adapterHitRate(), (p, v) -> p.withWorkload(p.workload().withAdapterHitRate(v)));
    public static final Param L_UNIT_ROWS = Param.integer("l_unit_rows", "L-unit activation rows", "", 1, 1024).in(HARDWARE)
            .about("activations an L-unit multiplies each weight it reads by in one cycle (R): B users need ⌈B/R⌉ "
                    + "passes; its lanes, their area and power, are R times one row's")
            .value(1, "paper Sec. III-B: a matrix-vector L-unit; Fig. 6's prefill (validated) reads every weight once per token")
            .access(p -> p.hw().lUnitRows(), (p, v) -> p.withHw(p.hw().withLUnitRows((int) v)));

    /**
     * Bits of one tensor class in mixed precision (Quantization): 0 keeps the base format; else integers of that
     * many bits with the same groups, scale and zero point.
     */
    private static Param.Builder classBits(String key, String name, String what) {
        return Param.oneOf(key, name, "bit", 0, 2, 3, 4, 6, 8, 16).in(QUANTIZATION)
                .about("integer bits of " + what + " in ROM; 0: base_bits in the weight packing, as every other tensor")
                .value(0, "paper Sec. III-B: every tensor in one format; a mixed-precision design sets its own (docs/peers.md)");
    }

    /** Every knob, in the order of the window and the docs. */
    static final List<Param> ALL = List.of(SRAM_MB, LORA_RANK, BASE_BITS, KV_BITS, LORA_BITS, INPUT_LEN, KV_LEN,
            OUTPUT_LEN, CLOCK_MHZ, NODE_NM, WEIGHT_CELL, KV_STORE, KV_OVERFLOW, WEIGHT_PACKING, DRAM_MB_PER_S, ROM_GIB, INTERMEDIATE_SRAM_MB, MATRIX_ROWS,
            COLUMNS, ZERO_FRACTION, GROUP_SIZE, SCALE_BITS, ZERO_BITS, LM_HEAD_IN_ROM, EMBEDDING_IN_ROM, ATTENTION_BITS,
            LM_HEAD_BITS, EMBEDDING_BITS, SRAM_UNITS,
            KV_GRANULE, LORA_GRANULE, DRAM_PJ_PER_BIT, KV_SINK_TOKENS, USERS, ADAPTERS, ADAPTER_HIT_RATE, L_UNIT_ROWS);
}
