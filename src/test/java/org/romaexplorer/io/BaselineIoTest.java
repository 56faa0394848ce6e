package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.Baseline;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Platform;

/** The bundled baselines are Platform.ALL's platforms with their memories, read by the strict reader. */
class BaselineIoTest {

    @Test
    void theBundledBaselinesAreThePlatformsOfFig9AndTwoCurrentOnes() {
        assertThat(BaselineIo.all()).hasSameSizeAs(Platform.ALL);
        for (int i = 0; i < Platform.ALL.size(); i++) {
            assertThat(BaselineIo.all().get(i).platform()).as(BaselineIo.BUNDLED.get(i)).isEqualTo(Platform.ALL.get(i));
        }
    }

    /**
     * ROMA's 4-bit Llama-3.2-3B: 13,352,263,680 streamed weight bits and 18,350,080 B of FP16 adapters, 1,687,383,040 B in
     * all; 114,688 B of FP16 KV a token. Prefill of 256 tokens on the RTX 4090 is compute-bound (2 · 256 · 3.21 G MACs at
     * 165.2 TFLOPS), of one token bandwidth-bound.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"rtx-4090, 194550, 25638.24", "h100-sxm, 682831, ", "m4-max, 403813, ", "i5-1135g7, 543322, "})
    void memoryAndPrefill(String name, long maxTokens, Double prefill256) {
        Baseline b = BaselineIo.bundled(name);
        DesignPoint p = Models.llama3b();
        assertThat(b.maxTokens(p)).isEqualTo(maxTokens);
        assertThat(b.fits(p)).isTrue();
        if (prefill256 != null) {
            assertThat(b.prefillTokensPerS(p, 256)).isCloseTo(prefill256, within(0.01));
            assertThat(b.prefillTokensPerS(p, 1)).isCloseTo(1008e9 / 1_687_383_040.0, within(1e-6));
        }
    }

    @Test
    void tokensPerJouleIsOutputOverBoardPowerTimesTime() {
        Baseline b = BaselineIo.bundled("h100-sxm");
        DesignPoint p = Models.llama8b();
        double seconds = b.prefillSeconds(p, 1024) + 1024 / b.decodeTokensPerS(p, 1024, 1024);
        assertThat(b.tokensPerJoule(p, 1024, 1024)).isCloseTo(1024 / (700 * seconds), within(1e-9));
    }

    @Test
    void aModelLargerThanTheMemoryFitsNoContext() {
        Baseline small = BaselineIo.parse(json("\"memory_gb\" : 1"));
        assertThat(small.fits(Models.llama3b())).isFalse();
        assertThat(small.maxTokens(Models.llama3b())).isZero();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"memory_gb\" : 0 | memory_gb: must be above 0",
            "\"kind\" : \"tpu\" | kind: must be gpu, cpu or soc",
            "\"bandwidth_gb_per_s\" : \"fast\" | bandwidth_gb_per_s: must be a number",
            "\"platform\" : \" \" | platform: must not be blank",
            "\"extra\" : 1 | extra: unknown field"})
    void badFieldsAreOneLineNamingThem(String change, String message) {
        assertThatThrownBy(() -> BaselineIo.parse(json(change))).isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aMissingFieldIsNamed(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("presets/baselines/rtx-4090.json")).replaceFirst("\"price_usd\" : 1599,", "");
        Path f = Files.writeString(dir.resolve("b.json"), json);
        assertThatThrownBy(() -> BaselineIo.read(f)).hasMessage("price_usd: missing");
    }

    /** The RTX 4090 baseline with one field replaced or added. */
    static String json(String change) {
        String key = change.substring(0, change.indexOf(':')).trim();
        String base = "{\"name\" : \"x\", \"kind\" : \"gpu\", \"platform\" : \"X\", \"bandwidth_gb_per_s\" : 1008, "
                + "\"peak_fp16_tflops\" : 165.2, \"power_w\" : 450, \"price_usd\" : 1599, \"memory_gb\" : 24, \"source\" : \"s\"}";
        String replaced = base.replaceFirst(java.util.regex.Pattern.quote(key) + " : (\"[^\"]*\"|[0-9.]+)",
                java.util.regex.Matcher.quoteReplacement(change));
        return replaced.equals(base) ? base.replace("}", ", " + change + "}") : replaced;
    }
}
