package org.romaexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metrics;

/** How the headline metrics read on screen. Formatting only; the numbers come from the model. */
public final class MetricsText {
    private MetricsText() {}

    public static String maxTokens(Metrics m) { return String.format("%,d", m.maxTokens()); }

    public static String ttftMs(Metrics m) { return String.format("%,.2f", m.ttftSeconds() * 1e3); }

    public static String decode(Metrics m) { return String.format("%,.0f", m.decodeTokensPerS()); }

    public static String generation(Metrics m) { return String.format("%,.0f", m.generationTokensPerS()); }

    public static String area(Metrics m) { return String.format("%,.1f", m.areaMm2()); }

    public static String power(Metrics m) { return String.format("%,.2f", m.powerW()); }

    public static String tokensPerJoule(Metrics m) { return String.format("%,.0f", m.tokensPerJoule()); }

    /** Warnings for a design that cannot run as asked; empty when it can. */
    public static List<String> warnings(DesignPoint p, Metrics m) {
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
