package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.KvPolicy;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.WeightPacking;

/** Every bundled preset loads, fits its ROM, explains itself and round-trips; the new ones are what they say. */
class BundledPresetsTest {

    static java.util.List<String> names() {
        return PresetIo.BUNDLED;
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsFitsAndRoundTrips(String name) {
        DesignPoint p = PresetIo.bundled(name);
        assertThat(Evaluator.evaluate(p).fitsInRom()).isTrue();
        assertThat(PresetIo.parse(PresetIo.toJson(p, name), null)).isEqualTo(p);
    }

    /** The OLMoE preset's model is the HF fixture's, field for field. */
    @Test
    void moePresetIsOlmoeWithItsActiveCount() {
        DesignPoint p = PresetIo.bundled("olmoe-1b-7b-int2");
        assertThat(p.model()).usingRecursiveComparison().ignoringFields("name")
                .isEqualTo(HfFixtures.read("OLMoE-1B-7B-0924"));
        Metrics m = Evaluator.evaluate(p);
        assertThat(m.paramsTotal()).isEqualTo(6_919_161_856L);
        assertThat(m.paramsActive()).isEqualTo(1_282_017_280L);
    }

    @Test
    void bitnetPresetIsTernaryWithItsSubNorms() {
        DesignPoint p = PresetIo.bundled("bitnet-2b4t-ternary");
        assertThat(p.model()).usingRecursiveComparison().ignoringFields("name")
                .isEqualTo(HfFixtures.read("bitnet-b1.58-2B-4T"));
        assertThat(p.quant().packing()).isEqualTo(WeightPacking.TERNARY_2BIT);
        assertThat(p.quant().zeroFraction()).isEqualTo(0.31);
        // 30 layers · (69,468,160 · 2 + 22,784 rows · 16) + LM head 656,670,720 + 128,256 · 16 bits = 604,718,592 B
        assertThat(Evaluator.evaluate(p).romBytesRequired()).isEqualTo(604_718_592L);
    }

    /** 8 users beside adapters of ranks 16, 64, 8, 16: (1,179,648 − 2 · 73,728 − 286,720 − 36,864) / 8 / 256 = 346 tokens each. */
    @Test
    void servingPresetHoldsEachUsersChatBesideFourAdapters() {
        DesignPoint p = PresetIo.bundled("llama3.2-3b-serving");
        assertThat(p.withLora(p.lora().withAdapters(1).withOtherRanks(java.util.List.of()))
                .withWorkload(new org.romaexplorer.model.Workload(256, 0, 4096))).isEqualTo(PresetIo.bundled("llama3.2-3b-int4"));
        Metrics m = Evaluator.evaluate(p);
        assertThat(m.loraBytes()).isEqualTo(2 * 18_350_080L + 73_400_320L + 9_175_040L);
        assertThat(m.maxTokens()).isEqualTo(346);
        assertThat(m.contextFits()).isTrue();
        assertThat(m.decodeTokensPerSTotal()).isCloseTo(8 * m.decodeTokensPerS(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void kvPolicyRoundTripsAndIsWrittenInFull() {
        DesignPoint p = PresetIo.bundled("llama3.2-3b-int4");
        DesignPoint spill = p.withKvPolicy(p.kvPolicy().withOverflow(KvPolicy.Overflow.SPILL).withDramBytesPerS(51.2e9));
        String json = PresetIo.toJson(spill, "s");
        assertThat(json).contains("\"policy\" : \"spill\"");
        assertThat(PresetIo.parse(json, null)).isEqualTo(spill);
        assertThat(PresetIo.toJson(p, "p")).contains("\"policy\" : \"reject\"");
    }
}
