package org.romaexplorer.ui;

import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Metrics;

/** How the headline metrics read on screen. Formatting only; the numbers come from the model. */
public final class MetricsText {
    private MetricsText() {}

    public static String maxTokens(Metrics m) { return String.format("%,d", m.maxTokens()); }

    public static String ttftMs(Metrics m) { return String.format("%,.2f", m.ttftSeconds() * 1e3); }

    public static String decode(Metrics m) { return String.format("%,.0f", m.decodeTokensPerS()); }

    public static String decodeTotal(Metrics m) { return String.format("%,.0f", m.decodeTokensPerSTotal()); }

    public static String generation(Metrics m) { return String.format("%,.0f", m.generationTokensPerS()); }

    public static String area(Metrics m) { return String.format("%,.1f", m.areaMm2()); }

    public static String power(Metrics m) { return String.format("%,.2f", m.powerW()); }

    public static String tokensPerJoule(Metrics m) { return String.format("%,.0f", m.tokensPerJoule()); }

    /** Warnings for a design that cannot run as asked; empty when it can. */
    public static List<String> warnings(DesignPoint p, Metrics m) {
        return org.romaexplorer.publish.DesignWarnings.of(p, m);
    }
}
