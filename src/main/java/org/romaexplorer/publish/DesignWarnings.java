package org.romaexplorer.publish;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.KvPolicy.Overflow;
import org.romaexplorer.model.Metrics;

/**
 * Warnings for a design that cannot run as asked, one sentence each, and how far its speeds hold; empty
 * when it runs. Each sentence says why, in numbers, and what the speeds then mean.
 */
public final class DesignWarnings {
    /**
     * What the speeds (TTFT, decode, generation, efficiency) of a design stand for: what it runs at
     * ({@code REAL}), what it would run at if its context fit or its clock were reachable ({@code ASSUMED}),
     * or a design that cannot run at all ({@code NOT_REACHABLE}: the model is not in ROM, or no token fits).
     */
    public enum Speeds { REAL, ASSUMED, NOT_REACHABLE }

    private DesignWarnings() {}

    public static List<String> of(DesignPoint p, Metrics m) {
        List<String> out = new ArrayList<>();
        if (!m.fitsInRom()) {
            out.add(String.format("Model does not fit in ROM: needs %.3f GiB, chip has %.3f GiB; the speeds are not"
                    + " reachable", m.romBytesRequired() / Constants.GIB, p.hw().romBytes() / Constants.GIB));
        }
        if (noToken(p, m)) {
            out.add(noTokenReason(p, m));
        } else if (!m.contextFits()) {
            out.add(context(p, m));
        }
        if (p.workload().kvLen() > m.maxTokens() && !noToken(p, m)) {
            out.add(String.format("KV length %,d > %,d max tokens%s: that cache does not fit in SRAM%s",
                    p.workload().kvLen(), m.maxTokens(), each(p), reject(p) ? " (the decode speed assumes it did)" : ""));
        }
        if (pastClock(p)) {
            out.add(String.format("Clock %,.0f MHz is past %,.0f MHz, a plausible maximum at %d nm (a shipping"
                    + " accelerator's clock, model.ProcessNode): power and speeds are as if it ran there", mhz(p),
                    maxMhz(p), p.tech().node().nm()));
        }
        return out;
    }

    /**
     * The same warnings in fewer words, for the headline's one line (the full sentences are its tooltip): one
     * line of a 1280-px window holds the bundled preset's.
     */
    public static List<String> brief(DesignPoint p, Metrics m) {
        List<String> out = new ArrayList<>();
        if (!m.fitsInRom()) {
            out.add(String.format("Model does not fit in ROM (%.3f GiB > %.3f): speeds not reachable",
                    m.romBytesRequired() / Constants.GIB, p.hw().romBytes() / Constants.GIB));
        }
        long in = p.workload().inputLen();
        long out2 = p.workload().outputLen();
        if (noToken(p, m)) {
            out.add(m.loraBytes() >= p.hw().sramBytes()
                    ? "No token fits in SRAM: the LoRA weights alone fill it (" + mib(m.loraBytes()) + " MiB of "
                            + mib(p.hw().sramBytes()) + " MiB): speeds not reachable"
                    : "No token fits in SRAM: the LoRA weights take " + mib(m.loraBytes()) + " MiB of "
                            + mib(p.hw().sramBytes()) + " MiB, no room for one token's KV: speeds not reachable");
        } else if (!m.contextFits()) {
            String head = String.format("Context %,d tokens > %,d that fit in SRAM%s", in + out2, m.maxTokens(), each(p));
            out.add(head + switch (p.kvPolicy().overflow()) {
                case REJECT -> String.format(" (%,d over%s): speeds assume it fits", in + out2 - m.maxTokens(),
                        paperWorkload(p) ? ", as in the paper's own Fig. 9" : "");
                case SPILL -> String.format(": %,d tokens' KV spill to DRAM", m.kvSpilledTokens());
                case EVICT -> ": the oldest are evicted (sinks and recent kept)";
            });
        }
        if (p.workload().kvLen() > m.maxTokens() && !noToken(p, m)) {
            out.add(String.format("KV length %,d > %,d max tokens%s%s", p.workload().kvLen(), m.maxTokens(),
                    each(p), reject(p) ? ": decode assumes it fits" : ""));
        }
        if (pastClock(p)) {
            out.add(String.format("Clock %,.0f MHz is past %,.0f MHz, plausible at %d nm: power and speeds as if it ran",
                    mhz(p), maxMhz(p), p.tech().node().nm()));
        }
        return out;
    }

    /** How far the design's speeds hold (the headline marks them). */
    public static Speeds speeds(DesignPoint p, Metrics m) {
        if (!m.fitsInRom() || noToken(p, m)) {
            return Speeds.NOT_REACHABLE;
        }
        boolean overflows = !m.contextFits() || p.workload().kvLen() > m.maxTokens();
        return overflows && reject(p) || pastClock(p) ? Speeds.ASSUMED
                : Speeds.REAL;
    }

    /** Whether the context overflows and reject times it as if it fit: then spill would time it for real. */
    public static boolean spillWouldHelp(DesignPoint p, Metrics m) {
        return reject(p) && !noToken(p, m) && (!m.contextFits() || p.workload().kvLen() > m.maxTokens());
    }

    /** No KV token fits beside the LoRA weights, and no policy can put one elsewhere (spill can, if LoRA fits). */
    private static boolean noToken(DesignPoint p, Metrics m) {
        return m.maxTokens() == 0 && (m.loraBytes() >= p.hw().sramBytes() || p.kvPolicy().overflow() != Overflow.SPILL);
    }

    private static String noTokenReason(DesignPoint p, Metrics m) {
        String sizes = mib(m.loraBytes()) + " MiB of " + mib(p.hw().sramBytes()) + " MiB";
        return m.loraBytes() >= p.hw().sramBytes()
                ? "No token fits in SRAM: the LoRA weights alone fill it (" + sizes + "); the speeds are not reachable"
                : "No token fits in SRAM: the LoRA weights take " + sizes + " (in pages over the H-units) and leave no"
                        + " room for one token's KV; the speeds are not reachable";
    }

    private static String context(DesignPoint p, Metrics m) {
        long in = p.workload().inputLen();
        long out = p.workload().outputLen();
        long over = in + out - m.maxTokens();
        String s = String.format("Context does not fit in SRAM: %,d input + %,d output = %,d tokens, %,d fit%s (%,d over)",
                in, out, in + out, m.maxTokens(), each(p), over);
        return s + switch (p.kvPolicy().overflow()) {
            case REJECT -> String.format("; kv_overflow = reject: the speeds assume they fit (spill would read the"
                    + " %,d from DRAM)", over) + (paperWorkload(p) ? "; the paper's own Fig. 9 workload exceeds its"
                    + " 288 MB SRAM (docs/paper-fit.md)" : "");
            case SPILL -> String.format(" (spill: %,d tokens' KV in DRAM)", m.kvSpilledTokens());
            case EVICT -> " (evict: attention sinks + most recent tokens kept)";
        };
    }

    /** The paper's Fig. 9 workload (256 input, 4K output) on its 288 MB of SRAM. */
    private static boolean paperWorkload(DesignPoint p) {
        return p.workload().inputLen() == 256 && p.workload().outputLen() == 4096
                && p.hw().sramBytes() == Math.round(org.romaexplorer.model.Knobs.SRAM_MB.value() * Constants.MIB);
    }

    /** " per user (8 users)" when users share the SRAM, else nothing. */
    private static String each(DesignPoint p) {
        int users = p.workload().users();
        return users == 1 ? "" : String.format(" per user (%,d users)", users);
    }

    /** Whether the clock is past what a shipping accelerator at the design's node runs at (a warning, not a limit). */
    private static boolean pastClock(DesignPoint p) {
        return mhz(p) > maxMhz(p);
    }

    private static double mhz(DesignPoint p) {
        return p.hw().clockHz() / 1e6;
    }

    private static double maxMhz(DesignPoint p) {
        return p.tech().node().maxClockMhz();
    }

    private static boolean reject(DesignPoint p) {
        return p.kvPolicy().overflow() == Overflow.REJECT;
    }

    private static String mib(long bytes) {
        double v = bytes / Constants.MIB;
        return v >= 100 ? String.format("%,.0f", v) : String.format("%.1f", v);
    }
}
