package org.romaexplorer.figures;

import java.util.Locale;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;

/** A one-line caption naming the model, the preset and the design's key settings. */
public final class Caption {
    private Caption() {}

    /**
     * E.g. "ROMA Explorer model · Llama-3.2-3B 4-bit (preset llama3.2-3b-int4) · SRAM 288 MiB, LoRA r16
     * 16-bit, KV 8-bit, 500 MHz · in/KV/out 256/1,024/4,096".
     */
    public static String of(String preset, DesignPoint p) {
        return String.format(Locale.ROOT,
                "ROMA Explorer model · %s %d-bit (preset %s) · SRAM %,.0f MiB, LoRA r%d %d-bit, KV %d-bit, "
                        + "%,.0f MHz · in/KV/out %,d/%,d/%,d",
                p.model().name(), p.quant().baseBits(), preset, p.hw().sramBytes() / Constants.MIB, p.lora().rank(),
                p.lora().bits(), p.kvBits(), p.hw().clockHz() / 1e6, p.workload().inputLen(), p.workload().kvLen(),
                p.workload().outputLen());
    }
}
