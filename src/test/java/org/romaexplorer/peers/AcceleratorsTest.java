package org.romaexplorer.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.RandomCase;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Platform;
import org.romaexplorer.model.ProcessNode;

/** The Compare-accelerators view: four ROM designs as published, and with the four baselines on one model and node. */
class AcceleratorsTest {
    private static final DesignPoint BITNET_7NM = Accelerators.reference(PresetIo.bundled("bitnet-2b4t-ternary"),
            ProcessNode.N7, 1024, 1024);

    @Test
    void fourDesignsAsPublishedAndEightRowsNormalized() {
        assertThat(Accelerators.published()).extracting(AcceleratorRow::name)
                .containsExactly("ROMA", "TOM", "BitROM", "Taalas HC1");
        List<AcceleratorRow> rows = Accelerators.normalized(BITNET_7NM);
        assertThat(rows).extracting(AcceleratorRow::name).containsExactly("ROMA", "TOM", "BitROM", "Taalas HC1",
                "RTX 4090", "i5-1135G7", "H100 SXM", "M4 Max");
        assertThat(rows).allSatisfy(r -> assertThat(r.model()).isEqualTo("bitnet-b1.58-2B-4T"));
        assertThat(rows.subList(0, 4)).allSatisfy(r -> {
            assertThat(r.nodeNm()).isEqualTo(7);
            assertThat(r.baseline()).isFalse();
            assertThat(r.areaMm2()).isPositive();
        });
        assertThat(rows.subList(4, 8)).allSatisfy(r -> {
            assertThat(r.baseline()).isTrue();
            assertThat(r.areaMm2()).isNaN();
            assertThat(r.weightDensity()).isNaN();
        });
    }

    /** The ROM is resized to the model exactly: BitNet-2B4T with its tied head, 604,718,592 B (BundledPresetsTest). */
    @Test
    void theRomHoldsTheReferenceModelExactly() {
        for (Accelerators.Design d : Accelerators.designs()) {
            DesignPoint p = Accelerators.normalize(d.point(), BITNET_7NM);
            assertThat(p.hw().romBytes()).as(d.name()).isEqualTo(604_718_592L);
            assertThat(p.hw().weightCell()).isEqualTo(d.point().hw().weightCell());
            assertThat(p.hw().sramBytes()).isEqualTo(d.point().hw().sramBytes());
            assertThat(p.hw().clockHz()).isEqualTo(d.point().hw().clockHz());
        }
    }

    /** A design normalized to its own model, format, node and workload is the design as published. */
    @Test
    void normalizingADesignToItselfChangesNothing() {
        for (String preset : List.of("taalas-hc1", "bitrom-falcon3-7b")) {
            DesignPoint p = PresetIo.bundled(preset);
            AcceleratorRow own = Accelerators.row(preset, preset, Accelerators.normalize(p, p));
            AcceleratorRow published = Accelerators.row(preset, preset, p);
            assertThat(own).isEqualTo(published);
        }
    }

    /** TOM's 37.5 MiB less its 3,993,600 B of 4-bit adapters hold 920 tokens of 38,400 B: 2,048 do not fit. */
    @Test
    void fitsSaysWhyNot() {
        AcceleratorRow tom = Accelerators.normalized(BITNET_7NM).get(1);
        assertThat(tom.maxContext()).isEqualTo(920);
        assertThat(tom.fits()).isEqualTo("no: context 2,048 > 920 tokens");
        DesignPoint big = Knobs.ROM_GIB.set(PresetIo.bundled("taalas-hc1"), 6);
        Metrics m = Evaluator.evaluate(big);
        assertThat(m.areaMm2()).isGreaterThan(Accelerators.RETICLE_MM2);
        assertThat(Accelerators.fits(big, m)).startsWith("no: ").endsWith("mm² > one reticle (858)");
        assertThat(Accelerators.normalized(BITNET_7NM).get(3).fits()).isEqualTo("yes");
    }

    @Test
    void baselinesAreTheirRooflinesOnTheReference() {
        AcceleratorRow gpu = Accelerators.normalized(BITNET_7NM).get(4);
        assertThat(gpu.decodeTokensPerS()).isEqualTo(Platform.GPU_RTX_4090.generationTokensPerS(BITNET_7NM, 1024, 1024));
        assertThat(gpu.powerW()).isEqualTo(450);
    }

    static Stream<RandomCase> cases() {
        return RandomCase.seeds(20_261_203L, 24);
    }

    /**
     * Moving every design to a finer node (65 → 3 nm) never grows its area, keeps its speed (clock and rates do not
     * move) and does not lower its tokens per joule by more than 0.5%: cells, logic and energies shrink or stay, but a
     * fused cell's memory share is its L-unit less its compute, so where the logic shrinks and the cells do not
     * (7 → 6 nm) its ROM read energy per bit grows a little.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFinerNodeNeverGrowsTheDieNorCostsEnergy(RandomCase c) {
        String model = c.pick(PresetIo.BUNDLED.toArray(new String[0]));
        int n = c.between(1, 4096);
        int m = c.between(1, 4096);
        ProcessNode[] nodes = ProcessNode.values();
        int i = c.between(0, nodes.length - 2);
        DesignPoint coarse = Accelerators.reference(PresetIo.bundled(model), nodes[i], n, m);
        DesignPoint fine = Accelerators.reference(PresetIo.bundled(model), nodes[i + 1], n, m);
        List<AcceleratorRow> a = Accelerators.normalized(coarse);
        List<AcceleratorRow> b = Accelerators.normalized(fine);
        for (int k = 0; k < 4; k++) {
            assertThat(b.get(k).areaMm2()).as(a.get(k).name()).isLessThanOrEqualTo(a.get(k).areaMm2() * (1 + 1e-12));
            assertThat(b.get(k).tokensPerJoule()).as(a.get(k).name())
                    .isGreaterThanOrEqualTo(a.get(k).tokensPerJoule() * (1 - 0.005));
            assertThat(b.get(k).decodeTokensPerS()).isCloseTo(a.get(k).decodeTokensPerS(), within(1e-6 * a.get(k).decodeTokensPerS()));
        }
    }

    @Test
    void theNormalizationSaysWhatItChangedAndKept() {
        List<String> what = Accelerators.normalization(BITNET_7NM);
        assertThat(String.join("\n", what)).contains("bitnet-b1.58-2B-4T", "7 nm", "1,024 in / 1,024 out", "Kept per design",
                "rooflines", "reticle");
    }
}
