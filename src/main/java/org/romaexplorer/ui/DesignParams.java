package org.romaexplorer.ui;

import java.util.List;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;

/** The sliders of the parameters panel: each maps one control to one field of a design point. */
final class DesignParams {
    private DesignParams() {}

    static final int[] BITS = {4, 8, 16, 32};

    static List<ParamSpec> all() {
        return List.of(
                new ParamSpec("sram", "SRAM", "MB", 16, 1024, new int[0],
                        p -> p.hw().sramBytes() / Constants.MIB,
                        (p, v) -> p.withHw(p.hw().withSramBytes(Math.round(v * Constants.MIB)))),
                new ParamSpec("rank", "LoRA rank", "", 0, 128, new int[0],
                        p -> p.lora().rank(), (p, v) -> p.withLora(p.lora().withRank(v))),
                new ParamSpec("baseBits", "Base bits", "bit", 2, 8, new int[] {2, 3, 4, 8},
                        p -> p.quant().baseBits(), (p, v) -> p.withQuant(p.quant().withBaseBits(v))),
                new ParamSpec("kvBits", "KV cache bits", "bit", 4, 32, BITS,
                        DesignPoint::kvBits, DesignPoint::withKvBits),
                new ParamSpec("loraBits", "LoRA bits", "bit", 4, 32, BITS,
                        p -> p.lora().bits(), (p, v) -> p.withLora(p.lora().withBits(v))),
                new ParamSpec("input", "Input length", "tokens", 1, 8192, new int[0],
                        p -> p.workload().inputLen(), (p, v) -> p.withWorkload(p.workload().withInputLen(v))),
                new ParamSpec("kv", "KV length", "tokens", 0, 8192, new int[0],
                        p -> p.workload().kvLen(), (p, v) -> p.withWorkload(p.workload().withKvLen(v))),
                new ParamSpec("output", "Output length", "tokens", 1, 8192, new int[0],
                        p -> p.workload().outputLen(), (p, v) -> p.withWorkload(p.workload().withOutputLen(v))),
                new ParamSpec("clock", "Clock", "MHz", 100, 2000, new int[0],
                        p -> p.hw().clockHz() / 1e6, (p, v) -> p.withHw(p.hw().withClockHz(v * 1e6))));
    }
}
