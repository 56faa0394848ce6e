package org.romaexplorer.publish;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metrics;

/** Warnings for a design that cannot run as asked, one sentence each; empty when it can. */
public final class DesignWarnings {
    private DesignWarnings() {}

    public static List<String> of(DesignPoint p, Metrics m) {
        List<String> out = new ArrayList<>();
        if (!m.fitsInRom()) {
            out.add(String.format("Model does not fit in ROM: needs %.3f GiB, chip has %.3f GiB",
                    m.romBytesRequired() / Constants.GIB, p.hw().romBytes() / Constants.GIB));
        }
        if (!m.contextFits()) {
            out.add(String.format("Context does not fit in SRAM: %,d input + %,d output tokens > %,d max tokens",
                    p.workload().inputLen(), p.workload().outputLen(), m.maxTokens()));
        }
        if (p.workload().kvLen() > m.maxTokens()) {
            out.add(String.format("KV length %,d > %,d max tokens: that cache does not fit in SRAM",
                    p.workload().kvLen(), m.maxTokens()));
        }
        return out;
    }
}
