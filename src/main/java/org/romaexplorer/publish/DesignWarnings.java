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
        String each = each(p);
        if (!m.contextFits()) {
            out.add(String.format("Context does not fit in SRAM: %,d input + %,d output tokens > %,d max tokens%s%s",
                    p.workload().inputLen(), p.workload().outputLen(), m.maxTokens(), each, overflow(p, m)));
        }
        if (p.workload().kvLen() > m.maxTokens()) {
            out.add(String.format("KV length %,d > %,d max tokens%s: that cache does not fit in SRAM",
                    p.workload().kvLen(), m.maxTokens(), each));
        }
        return out;
    }

    /** " per user (8 users)" when users share the SRAM, else nothing. */
    private static String each(DesignPoint p) {
        int users = p.workload().users();
        return users == 1 ? "" : String.format(" per user (%,d users)", users);
    }

    /** What the kv_overflow policy does with the excess. */
    private static String overflow(DesignPoint p, Metrics m) {
        return switch (p.kvPolicy().overflow()) {
            case REJECT -> " (kv_overflow = reject: timed as if it fit)";
            case SPILL -> String.format(" (spill: %,d tokens' KV in DRAM)", m.kvSpilledTokens());
            case EVICT -> " (evict: attention sinks + most recent tokens kept)";
        };
    }
}
