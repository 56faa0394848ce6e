package org.romaexplorer.ui.params;

import java.util.List;
import org.romaexplorer.model.Knob;

/** The sliders of the parameters panel, each over one {@link Knob} of the model. */
public final class DesignParams {
    private DesignParams() {}

    public static final int[] BITS = {4, 8, 16, 32};

    static List<ParamSpec> all() {
        return List.of(
                new ParamSpec("sram", "SRAM", Knob.SRAM_MB, 16, 1024, new int[0]),
                new ParamSpec("rank", "LoRA rank", Knob.LORA_RANK, 0, 128, new int[0]),
                new ParamSpec("baseBits", "Base bits", Knob.BASE_BITS, 2, 8, new int[] {2, 3, 4, 8}),
                new ParamSpec("kvBits", "KV cache bits", Knob.KV_BITS, 4, 32, BITS),
                new ParamSpec("loraBits", "LoRA bits", Knob.LORA_BITS, 4, 32, BITS),
                new ParamSpec("input", "Input length", Knob.INPUT_LEN, 1, 8192, new int[0]),
                new ParamSpec("kv", "KV length", Knob.KV_LEN, 0, 8192, new int[0]),
                new ParamSpec("output", "Output length", Knob.OUTPUT_LEN, 1, 8192, new int[0]),
                new ParamSpec("clock", "Clock", Knob.CLOCK_MHZ, 100, 2000, new int[0]),
                new ParamSpec("kvOverflow", "KV overflow", Knob.KV_OVERFLOW, 0, 2, new int[0]),
                new ParamSpec("packing", "Weight packing", Knob.WEIGHT_PACKING, 0, 2, new int[0]),
                new ParamSpec("dram", "DRAM bandwidth", Knob.DRAM_MB_PER_S, 1_000, 1_000_000, new int[0]));
    }
}
