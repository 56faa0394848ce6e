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
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Projection;
import org.romaexplorer.model.Quantization;
import org.romaexplorer.model.SramLayout;
import org.romaexplorer.model.Technology;
import org.romaexplorer.model.Workload;

/** The preset JSON layout, section by section; see {@code docs/presets.md}. */
final class PresetFormat {
    private PresetFormat() {}

    static DesignPoint read(Fields f, Path dir) {
        f.text("name");
        if (f.has("description")) {
            f.text("description");
        }
        ModelShape model = f.has("hf_config") ? HfConfigLink.read(f.text("hf_config"), dir, f.name("hf_config"))
                : model(f.object("model"));
        DesignPoint p = new DesignPoint(model, quant(f.object("quantization")), lora(f.object("lora")),
                f.integer("kv_bits"), layout(f.object("sram_layout")), hardware(f.object("hardware")),
                f.has("technology") ? technology(f.object("technology")) : Technology.n7(),
                workload(f.object("workload")));
        f.done();
        return p;
    }

    private static <T> T checked(Fields f, java.util.function.Supplier<T> make) {
        try {
            T t = make.get();
            f.done();
            return t;
        } catch (InvalidParameterException e) {
            String field = e.field();
            String qualified = field.contains(".") ? field : f.name(f.keyFor(field));
            throw new InvalidParameterException(qualified, e.getMessage().substring(field.length() + 2));
        }
    }

    static ModelShape model(Fields f) {
        return checked(f, () -> new ModelShape(f.text("name"), f.integer("hidden_size"),
                f.integer("intermediate_size"), f.integer("num_hidden_layers"), f.integer("num_attention_heads"),
                f.integer("num_key_value_heads"), f.integer("head_dim"), f.integer("vocab_size"),
                f.bool("tie_word_embeddings"), f.bool("attention_bias"), f.integer("norms_per_layer")));
    }

    private static Quantization quant(Fields f) {
        return checked(f, () -> new Quantization(f.integer("base_bits"), f.integer("group_size"),
                f.integer("scale_bits"), f.integer("zero_bits"), f.bool("lm_head_in_rom"),
                f.bool("embedding_in_rom")));
    }

    private static LoraConfig lora(Fields f) {
        return checked(f, () -> new LoraConfig(f.integer("rank"), f.integer("bits"), targets(f)));
    }

    private static Set<Projection> targets(Fields f) {
        JsonNode arr = f.raw("targets");
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

    private static SramLayout layout(Fields f) {
        return checked(f, () -> new SramLayout(f.integer("units"), f.integer("kv_granule_bytes"),
                f.integer("lora_granule_bytes")));
    }

    private static Hardware hardware(Fields f) {
        return checked(f, () -> new Hardware(f.number("clock_mhz") * 1e6, f.integer("matrix_rows"),
                f.integer("columns"), Math.round(f.number("rom_gib") * Constants.GIB),
                Math.round(f.number("sram_mb") * Constants.MIB),
                Math.round(f.number("intermediate_sram_mb") * Constants.MIB),
                f.number("l_unit_bits_per_cycle"), f.number("h_unit_macs_per_cycle"),
                f.number("vector_cycles_per_element"), f.number("prefill_attention_overlap")));
    }

    private static Technology technology(Fields f) {
        return checked(f, () -> new Technology(f.number("sram_cell_um2"), f.number("rom_to_sram_cell"),
                f.number("macro_efficiency"), f.integer("brom_word_bits"), f.integer("num_cgen"),
                f.number("brom_metal_demand"), f.number("compute_metal_demand"), f.number("fp16_mac_um2"),
                f.number("l_lane_um2"), f.number("vector_logic_mm2"), f.number("logic_area_scale"),
                f.number("sram_read_fj_per_bit"), f.number("fp16_mac_pj"), f.number("l_lane_fj_per_bit"),
                f.number("vector_pj_per_cycle"), f.number("energy_scale")));
    }

    private static Workload workload(Fields f) {
        return checked(f, () -> new Workload(f.integer("input_len"), f.integer("kv_len"), f.integer("output_len")));
    }

    static ObjectNode write(DesignPoint p, String name, ObjectMapper json) {
        ObjectNode root = json.createObjectNode().put("name", name);
        ModelShape m = p.model();
        root.putObject("model").put("name", m.name()).put("hidden_size", m.hiddenSize())
                .put("intermediate_size", m.intermediateSize()).put("num_hidden_layers", m.numLayers())
                .put("num_attention_heads", m.numHeads()).put("num_key_value_heads", m.numKvHeads())
                .put("head_dim", m.headDim()).put("vocab_size", m.vocabSize())
                .put("tie_word_embeddings", m.tieWordEmbeddings()).put("attention_bias", m.attentionBias())
                .put("norms_per_layer", m.normsPerLayer());
        Quantization q = p.quant();
        root.putObject("quantization").put("base_bits", q.baseBits()).put("group_size", q.groupSize())
                .put("scale_bits", q.scaleBits()).put("zero_bits", q.zeroBits())
                .put("lm_head_in_rom", q.lmHeadInRom()).put("embedding_in_rom", q.embeddingInRom());
        ObjectNode lora = root.putObject("lora").put("rank", p.lora().rank()).put("bits", p.lora().bits());
        EnumSet.copyOf(p.lora().targets()).forEach(t -> lora.withArray("targets").add(t.key()));
        root.put("kv_bits", p.kvBits());
        root.putObject("sram_layout").put("units", p.layout().units())
                .put("kv_granule_bytes", p.layout().kvGranuleBytes())
                .put("lora_granule_bytes", p.layout().loraGranuleBytes());
        Hardware h = p.hw();
        root.putObject("hardware").put("clock_mhz", h.clockHz() / 1e6).put("matrix_rows", h.matrixRows())
                .put("columns", h.columns()).put("rom_gib", h.romBytes() / Constants.GIB)
                .put("sram_mb", h.sramBytes() / Constants.MIB)
                .put("intermediate_sram_mb", h.intermediateSramBytes() / Constants.MIB)
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
                .put("vector_pj_per_cycle", t.vectorPjPerCycle()).put("energy_scale", t.energyScale());
        root.putObject("workload").put("input_len", p.workload().inputLen()).put("kv_len", p.workload().kvLen())
                .put("output_len", p.workload().outputLen());
        return root;
    }
}
