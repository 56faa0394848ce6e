package org.romaexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Hardware;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.LoraConfig;
import org.romaexplorer.model.Memory;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Projection;
import org.romaexplorer.model.Quantization;
import org.romaexplorer.model.SramLayout;
import org.romaexplorer.model.Technology;
import org.romaexplorer.model.Workload;

/** The preset JSON layout, section by section; see {@code docs/presets.md}. */
final class PresetFormat {
    private PresetFormat() {}

    static DesignPoint read(JsonFields f, Path dir) {
        f.requiredText("name");
        if (f.present("description")) {
            f.requiredText("description");
        }
        ModelShape model = f.present("hf_config") ? HfConfigLink.read(f.requiredText("hf_config"), dir, f.name("hf_config"))
                : model(f.object("model"));
        DesignPoint p = new DesignPoint(model, quant(f.object("quantization")), lora(f.object("lora")),
                f.requiredInt("kv_bits"), layout(f.object("sram_layout")), hardware(f.object("hardware")),
                f.present("technology") ? technology(f.object("technology")) : Technology.n7(),
                workload(f.object("workload")), PresetTraits.kvPolicy(f));
        f.done();
        return p;
    }

    /** Builds a section, naming the JSON field of any error, and rejects fields it did not read. */
    private static <T> T checked(JsonFields f, java.util.function.Supplier<T> make) {
        T t = f.prefixed(make);
        f.done();
        return t;
    }

    static ModelShape model(JsonFields f) {
        return checked(f, () -> new ModelShape(f.requiredText("name"), f.requiredInt("hidden_size"),
                f.requiredInt("intermediate_size"), f.requiredInt("num_hidden_layers"), f.requiredInt("num_attention_heads"),
                f.requiredInt("num_key_value_heads"), f.requiredInt("head_dim"), f.requiredInt("vocab_size"),
                f.requiredBool("tie_word_embeddings"), f.requiredBool("attention_bias"), f.requiredInt("norms_per_layer"),
                PresetTraits.extraNorms(f), PresetTraits.moe(f), PresetTraits.attention(f)));
    }

    private static Quantization quant(JsonFields f) {
        return checked(f, () -> new Quantization(f.requiredInt("base_bits"), f.requiredInt("group_size"),
                f.requiredInt("scale_bits"), f.requiredInt("zero_bits"), f.requiredBool("lm_head_in_rom"),
                f.requiredBool("embedding_in_rom"), PresetTraits.packing(f), PresetTraits.zeroFraction(f)));
    }

    private static LoraConfig lora(JsonFields f) {
        return checked(f, () -> new LoraConfig(f.requiredInt("rank"), f.requiredInt("bits"), targets(f)));
    }

    private static Set<Projection> targets(JsonFields f) {
        JsonNode arr = f.required("targets");
        if (!arr.isArray()) {
            throw new InvalidParameterException(f.name("targets"), "must be a list such as [\"q\",\"v\"]");
        }
        Set<Projection> set = EnumSet.noneOf(Projection.class);
        for (JsonNode t : arr) {
            try {
                set.add(Projection.valueOf(t.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(f.name("targets"),
                        "unknown projection " + t + "; allowed: q, k, v, o, gate, up, down");
            }
        }
        return set;
    }

    private static SramLayout layout(JsonFields f) {
        return checked(f, () -> new SramLayout(f.requiredInt("units"), f.requiredInt("kv_granule_bytes"),
                f.requiredInt("lora_granule_bytes")));
    }

    private static Hardware hardware(JsonFields f) {
        return checked(f, () -> new Hardware(f.requiredNumber("clock_mhz") * 1e6, f.requiredInt("matrix_rows"),
                f.requiredInt("columns"), Memory.ROM.bytes(f.requiredNumber("rom_gib")),
                Memory.SRAM.bytes(f.requiredNumber("sram_mb")),
                Memory.INTERMEDIATE_SRAM.bytes(f.requiredNumber("intermediate_sram_mb")),
                f.requiredNumber("l_unit_bits_per_cycle"), f.requiredNumber("h_unit_macs_per_cycle"),
                f.requiredNumber("vector_cycles_per_element"), f.requiredNumber("prefill_attention_overlap")));
    }

    private static Technology technology(JsonFields f) {
        return checked(f, () -> new Technology(f.requiredNumber("sram_cell_um2"), f.requiredNumber("rom_to_sram_cell"),
                f.requiredNumber("macro_efficiency"), f.requiredInt("brom_word_bits"), f.requiredInt("num_cgen"),
                f.requiredNumber("brom_metal_demand"), f.requiredNumber("compute_metal_demand"), f.requiredNumber("fp16_mac_um2"),
                f.requiredNumber("l_lane_um2"), f.requiredNumber("vector_logic_mm2"), f.requiredNumber("logic_area_scale"),
                f.requiredNumber("sram_read_fj_per_bit"), f.requiredNumber("fp16_mac_pj"), f.requiredNumber("l_lane_fj_per_bit"),
                f.requiredNumber("vector_pj_per_cycle"), f.requiredNumber("energy_scale"),
                optional(f, Constants.SRAM_LEAKAGE), optional(f, Constants.ROM_LEAK_TO_SRAM),
                optional(f, Constants.SRAM_READ_EXPONENT)));
    }

    /** Fields added after the first presets: absent means the {@link Constants} value. */
    private static double optional(JsonFields f, org.romaexplorer.model.Constant c) {
        return f.present(c.key()) ? f.requiredNumber(c.key()) : c.value();
    }

    private static Workload workload(JsonFields f) {
        return checked(f, () -> new Workload(f.requiredInt("input_len"), f.requiredInt("kv_len"), f.requiredInt("output_len")));
    }

    static ObjectNode write(DesignPoint p, String name, ObjectMapper json) {
        ObjectNode root = json.createObjectNode().put("name", name);
        ModelShape m = p.model();
        ObjectNode model = root.putObject("model");
        model.put("name", m.name()).put("hidden_size", m.hiddenSize())
                .put("intermediate_size", m.intermediateSize()).put("num_hidden_layers", m.numLayers())
                .put("num_attention_heads", m.numHeads()).put("num_key_value_heads", m.numKvHeads())
                .put("head_dim", m.headDim()).put("vocab_size", m.vocabSize())
                .put("tie_word_embeddings", m.tieWordEmbeddings()).put("attention_bias", m.attentionBias())
                .put("norms_per_layer", m.normsPerLayer());
        PresetTraits.write(model, m);
        Quantization q = p.quant();
        root.putObject("quantization").put("base_bits", q.baseBits()).put("group_size", q.groupSize())
                .put("scale_bits", q.scaleBits()).put("zero_bits", q.zeroBits())
                .put("lm_head_in_rom", q.lmHeadInRom()).put("embedding_in_rom", q.embeddingInRom());
        PresetTraits.write((ObjectNode) root.get("quantization"), q);
        ObjectNode lora = root.putObject("lora").put("rank", p.lora().rank()).put("bits", p.lora().bits());
        EnumSet.copyOf(p.lora().targets()).forEach(t -> lora.withArray("targets").add(t.key()));
        root.put("kv_bits", p.kvBits());
        root.putObject("sram_layout").put("units", p.layout().units())
                .put("kv_granule_bytes", p.layout().kvGranuleBytes())
                .put("lora_granule_bytes", p.layout().loraGranuleBytes());
        Hardware h = p.hw();
        root.putObject("hardware").put("clock_mhz", h.clockHz() / 1e6).put("matrix_rows", h.matrixRows())
                .put("columns", h.columns()).put("rom_gib", Memory.ROM.size(h.romBytes()))
                .put("sram_mb", Memory.SRAM.size(h.sramBytes()))
                .put("intermediate_sram_mb", Memory.INTERMEDIATE_SRAM.size(h.intermediateSramBytes()))
                .put("l_unit_bits_per_cycle", h.lUnitBitsPerCycle()).put("h_unit_macs_per_cycle", h.hUnitMacsPerCycle())
                .put("vector_cycles_per_element", h.vectorCyclesPerElement())
                .put("prefill_attention_overlap", h.prefillAttentionOverlap());
        Technology t = p.tech();
        root.putObject("technology").put("sram_cell_um2", t.sramCellUm2()).put("rom_to_sram_cell", t.romToSramCell())
                .put("macro_efficiency", t.macroEfficiency()).put("brom_word_bits", t.bromWordBits())
                .put("num_cgen", t.numCgen()).put("brom_metal_demand", t.bromMetalDemand())
                .put("compute_metal_demand", t.computeMetalDemand()).put("fp16_mac_um2", t.fp16MacUm2())
                .put("l_lane_um2", t.lLaneUm2()).put("vector_logic_mm2", t.vectorLogicMm2())
                .put("logic_area_scale", t.logicAreaScale()).put("sram_read_fj_per_bit", t.sramReadFj())
                .put("fp16_mac_pj", t.fp16MacPj()).put("l_lane_fj_per_bit", t.lLaneFj())
                .put("vector_pj_per_cycle", t.vectorPjPerCycle()).put("energy_scale", t.energyScale())
                .put("sram_leak_pw_per_bit", t.sramLeakPw()).put("rom_leak_to_sram", t.romLeakToSram())
                .put("sram_read_exponent", t.sramReadExponent());
        root.putObject("workload").put("input_len", p.workload().inputLen()).put("kv_len", p.workload().kvLen())
                .put("output_len", p.workload().outputLen());
        PresetTraits.write(root, p);
        return root;
    }
}
