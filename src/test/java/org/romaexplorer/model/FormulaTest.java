package org.romaexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formulas against values derived by hand (arithmetic in the comments). */
class FormulaTest {
    private static final ModelShape B3 = Models.LLAMA_3_2_3B;
    private static final ModelShape B8 = Models.LLAMA_3_8B;

    @ParameterizedTest(name = "{0}: {1} params")
    @CsvSource({
        // 128256·3072 + 28·(2·3072² + 2·3072·1024 + 3·3072·8192) + 57·3072
        "3B, 3212749824",
        // 2·128256·4096 + 32·(2·4096² + 2·4096·1024 + 3·4096·14336) + 65·4096
        "8B, 8030261248"})
    void totalParametersAreExact(String model, long expected) {
        assertThat(shape(model).totalParams()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} bits: {2} B/token")
    @CsvSource({
        "3B, 16, 114688", // 2·28·8·128·2
        "3B, 8, 57344",
        "8B, 16, 131072", // 2·32·8·128·2
        "8B, 8, 65536",
        "8B, 4, 32768"})
    void kvBytesPerToken(String model, int bits, long expected) {
        assertThat(shape(model).kvBytesPerToken(bits)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} rank {1} at {2} bits on {3}: {4} B")
    @CsvSource({
        "3B, 16, 16, q v o k, 18350080",          // 16·28·(6144+4096+4096+6144)·2
        "3B, 16, 8, q k v o gate up down, 24313856", // 16·28·(20480 + 3·11264)·1
        "3B, 64, 16, q v o k, 73400320",
        "8B, 16, 16, q k v o, 27262976",          // 16·32·(8192+5120+5120+8192)·2
        "3B, 0, 16, q, 0"})
    void loraBytes(String model, int rank, int bits, String targets, long expected) {
        EnumSet<Projection> set = EnumSet.noneOf(Projection.class);
        for (String t : targets.split(" ")) {
            set.add(Projection.valueOf(t.toUpperCase()));
        }
        assertThat(new LoraConfig(rank, bits, set).bytes(shape(model))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} bits, head in ROM {2}: {3} B")
    @CsvSource({
        // (2,818,572,288 + 394,002,432) weights · 4 bits + their groups/128 · (16+4) bits, over 8
        "3B, 4, true, 1669032960",
        // 6,979,321,856 · 2 + 6,979,321,856/128 · 18 bits, over 8
        "8B, 2, false, 1867513856",
        "8B, 2, true, 2008082432"})
    void romBytes(String model, int bits, boolean head, long expected) {
        assertThat(Quantization.paper(bits, head).romBytes(shape(model))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} MiB SRAM, rank {1}: {2} tokens")
    @CsvSource({
        // per unit: S/256; LoRA 18,350,080/256 = 71,680 → 73,728; KV 57,344/256 = 224 → 256
        "64, 16, 736",   // (262,144 − 73,728) / 256
        "256, 16, 3808", // (1,048,576 − 73,728) / 256
        "288, 16, 4320",
        "288, 64, 3488", // LoRA 286,720 per unit
        "64, 64, 0"})
    void maxTokensUnderThePaperFitLayout(long sramMiB, int rank, long expected) {
        LoraConfig lora = new LoraConfig(rank, 16, LoraConfig.ATTENTION);
        long tokens = SramLayout.PAPER_FIT.maxTokens(sramMiB << 20, lora.bytes(B3), B3.kvBytesPerToken(8));
        assertThat(tokens).isEqualTo(expected);
    }

    @ParameterizedTest(name = "W={0}, NUM_CGEN={1}: ratio {2}")
    @CsvSource({"256, 32, 0.28125", "128, 32, 0.3125", "32, 32, 0.5", "1024, 32, 0.2578125"})
    void bromTransistorRatio(int w, int cgen, double expected) {
        Technology t = Technology.n7();
        Technology custom = new Technology(t.node(), t.sramCellUm2(), t.romToSramCell(), t.macroEfficiency(), w, cgen,
                t.bromMetalDemand(), t.computeMetalDemand(), t.fp16MacUm2(), t.lLaneUm2(), t.vectorLogicMm2(),
                t.areaUtilization(), t.sramReadFj(), t.fp16MacPj(), t.lLaneFj(), t.vectorPjPerCycle(), t.energyScale(),
                t.sramLeakPw(), t.romLeakToSram(), t.sramReadExponent(), t.cells());
        assertThat(custom.bromTransistorRatio()).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "generation {0} in, {1} out")
    @CsvSource({"256, 4096", "2048, 4096", "1, 1", "100, 2"})
    void closedFormGenerationEqualsTheTokenLoop(int n, int m) {
        Performance perf = new Performance(Models.llama3b());
        double loop = perf.ttftSeconds(n);
        for (int j = 1; j < m; j++) {
            loop += 1 / perf.decodeTokensPerS((long) n + j); // step j sees the prompt and j tokens
        }
        assertThat(perf.generationSeconds(n, m)).isCloseTo(loop, within(loop * 1e-9));
    }

    private static ModelShape shape(String name) {
        return name.equals("3B") ? B3 : B8;
    }
}
