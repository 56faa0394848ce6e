package org.romaexplorer.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.romaexplorer.io.BaselineIo;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.Baseline;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.ProcessNode;
import org.romaexplorer.model.Workload;

/**
 * The Compare-accelerators view (docs/peers.md, "Normalization"): ROMA and the field's designs as published, each on
 * its own model, node and workload, and all of them, with the baselines a user would buy instead, on one reference:
 * its model and weight format, its node and its workload. A design keeps its architecture (weight cell, KV store and
 * its size, array, per-unit rates, clock, adapters, KV precision, area utilization, energy scale); its ROM is resized
 * to hold the reference model exactly. Stateless; the bundled presets are read once.
 */
public final class Accelerators {
    /** One reticle, 26 × 33 mm: the largest die a single exposure prints. */
    public static final double RETICLE_MM2 = 858;
    /** ROMA's preset in the view: the paper's main design point. */
    public static final String ROMA_PRESET = "llama3.2-3b-int4";

    private Accelerators() {}

    /** The ROM designs as published: ROMA, then {@link Peers#ALL}. */
    public static List<Design> designs() {
        return Holder.DESIGNS;
    }

    /** A ROM design: its name and bundled preset. */
    public record Design(String name, String preset, DesignPoint point) {}

    private static final class Holder {
        static final List<Design> DESIGNS = build();
        static final List<Baseline> BASELINES = BaselineIo.all();

        private static List<Design> build() {
            List<Design> d = new ArrayList<>(List.of(new Design("ROMA", ROMA_PRESET, PresetIo.bundled(ROMA_PRESET))));
            Peers.ALL.forEach(p -> d.add(new Design(p.name(), p.preset(), p.design())));
            return List.copyOf(d);
        }
    }

    /** The bundled baselines. */
    public static List<Baseline> baselines() {
        return Holder.BASELINES;
    }

    /** Every design as published, on its own model, node and workload. */
    public static List<AcceleratorRow> published() {
        return designs().stream().map(d -> row(d.name(), d.preset(), d.point())).toList();
    }

    /**
     * Every design and baseline on {@code reference}'s model, weight format, node and workload. A reference that
     * is one of the designs' presets is just a model and a node: its chip is not used.
     */
    public static List<AcceleratorRow> normalized(DesignPoint reference) {
        List<AcceleratorRow> rows = new ArrayList<>();
        for (Design d : designs()) {
            rows.add(row(d.name(), d.preset(), normalize(d.point(), reference)));
        }
        for (Baseline b : baselines()) {
            rows.add(row(b, reference));
        }
        return rows;
    }

    /** {@code design}'s chip holding {@code reference}'s model at its node, under its workload. */
    public static DesignPoint normalize(DesignPoint design, DesignPoint reference) {
        long rom = reference.quant().romBytes(reference.model());
        return design.withModel(reference.model()).withQuant(reference.quant())
                .withTech(design.tech().withNode(reference.tech().node()))
                .withHw(design.hw().withRomBytes(Math.max(1, rom)))
                .withWorkload(new Workload(reference.workload().inputLen(), 0, reference.workload().outputLen()));
    }

    /** A reference: the model and weight format of {@code model}, at {@code node}, under n in / m out. */
    public static DesignPoint reference(DesignPoint model, ProcessNode node, int inputLen, int outputLen) {
        return model.withTech(model.tech().withNode(node)).withWorkload(new Workload(inputLen, 0, outputLen));
    }

    static AcceleratorRow row(String name, String preset, DesignPoint p) {
        Metrics m = Evaluator.evaluate(p);
        Performance perf = new Performance(p);
        int n = p.workload().inputLen();
        int out = p.workload().outputLen();
        double density = 1 / (new AreaPower(p.hw(), p.tech(), p.quant()).memoryMm2PerBit(p.hw().weightCell()) * 8 * Constants.MIB);
        return new AcceleratorRow(name, preset, false, p.model().name(), p.tech().node().nm(), m.areaMm2(), density,
                n / m.ttftSeconds(), PeerDesign.streamingTokensPerS(p, n, out), m.tokensPerJoule(), m.powerW(),
                perf.capacityTokens(), fits(p, m));
    }

    static AcceleratorRow row(Baseline b, DesignPoint reference) {
        int n = reference.workload().inputLen();
        int out = reference.workload().outputLen();
        long context = b.maxTokens(reference);
        String fits = !b.fits(reference) ? String.format(Locale.ROOT, "no: weights need more than its %.0f GB", b.memoryBytes() / 1e9)
                : context < (long) n + out ? String.format(Locale.ROOT, "no: context %,d > %,d tokens", (long) n + out, context) : "yes";
        return new AcceleratorRow(b.platform().name(), b.preset(), true, reference.model().name(), 0, Double.NaN,
                Double.NaN, b.prefillTokensPerS(reference, n), b.decodeTokensPerS(reference, n, out),
                b.tokensPerJoule(reference, n, out), b.platform().powerW(), context, fits);
    }

    /** "yes", or the first reason it does not: the model in ROM, the context on chip, one reticle. */
    static String fits(DesignPoint p, Metrics m) {
        if (!m.fitsInRom()) {
            return String.format(Locale.ROOT, "no: ROM needs %.2f > %.2f GiB", m.romBytesRequired() / Constants.GIB,
                    p.hw().romBytes() / Constants.GIB);
        }
        long context = (long) p.workload().inputLen() + p.workload().outputLen();
        if (!m.contextFits()) {
            return String.format(Locale.ROOT, "no: context %,d > %,d tokens", context, m.maxTokens());
        }
        if (m.areaMm2() > RETICLE_MM2) {
            return String.format(Locale.ROOT, "no: %,.0f mm² > one reticle (%.0f)", m.areaMm2(), RETICLE_MM2);
        }
        return "yes";
    }

    /** What the normalized table changed and what it kept, one statement a line, for beside the table. */
    public static List<String> normalization(DesignPoint reference) {
        ProcessNode node = reference.tech().node();
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Model: %s in its reference format (%s), %.3f GiB of ROM: every design holds it "
                + "in its own weight cell, its ROM resized to exactly that.", reference.model().name(), format(reference),
                reference.quant().romBytes(reference.model()) / Constants.GIB));
        out.add("Node: " + node.nm() + " nm for every design: memory cells, logic, energies and leakage scaled from 7 nm "
                + "(docs/model.md, \"Process node\").");
        out.add(String.format(Locale.ROOT, "Workload: %,d in / %,d out, batch 1; decode is the mean over the output after "
                + "the prompt.", reference.workload().inputLen(), reference.workload().outputLen()));
        out.add("Kept per design: weight cell, KV store and its size, array, per-unit rates, clock, adapters, KV precision, "
                + "area utilization and energy scale (the designs' own, as their presets state).");
        out.add("Not scaled: the clock (a design clocked above " + (int) node.maxClockMhz() + " MHz at " + node.nm()
                + " nm is optimistic) and the fitted rates.");
        out.add("Baselines: rooflines at batch 1 on the same weights with an FP16 KV cache and board power (upper bounds; "
                + "measured decode is 0.6–0.75 of them); a ROM design's power is the chip's peak.");
        out.add("Fits: the model in ROM, the context in the on-chip KV store, the die in one reticle (858 mm²).");
        return out;
    }

    private static String format(DesignPoint p) {
        org.romaexplorer.model.Quantization q = p.quant();
        String base = q.packing().ternary() ? "ternary " + (q.packing() == org.romaexplorer.model.WeightPacking.TERNARY_2BIT
                ? "2-bit codes" : "5 trits a byte") : q.baseBits() + "-bit";
        return q.mixed() ? base + " with " + (q.attentionBits() > 0 ? q.attentionBits() + "-bit attention, " : "")
                + (q.lmHeadBits() > 0 ? q.lmHeadBits() + "-bit LM head, " : "")
                + (q.embeddingBits() > 0 ? q.embeddingBits() + "-bit embedding, " : "") + "groups of " + q.groupSize()
                : base + ", groups of " + q.groupSize();
    }
}
