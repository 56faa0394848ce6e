package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;

/**
 * Every parameter of the registry round-trips: a value set on the design point is written to a preset and read
 * back, and {@code --set key=text} gives the same design point. (The window's fields: RegistryFieldsWindowTest.)
 */
class RegistryRoundTripTest {
    private static final DesignPoint BASE = Models.llama3b();

    static Stream<Param> params() {
        return Params.all().stream();
    }

    static double other(Param k) {
        return RegistryRoundTripTestValues.other(k, BASE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void presetThenDesignPointThenSetAgree(Param k) {
        double v = other(k);
        DesignPoint p = k.set(BASE, v);
        assertThat(p).as(k.key()).isNotEqualTo(BASE);
        DesignPoint read = PresetIo.parse(PresetIo.toJson(p, "t"), null);
        assertThat(read).as("preset of " + k.key()).isEqualTo(p);
        assertThat(k.get(read)).isCloseTo(v, within(Math.abs(v) * 1e-6));
        DesignPoint set = EvalCommand.apply(BASE, List.of(k.key() + "=" + k.text(k.get(p))));
        assertThat(set).as("--set " + k.key()).isEqualTo(p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("params")
    void aPresetStatingOnlyOneFieldChangesOnlyThatParameter(Param k) {
        double v = other(k);
        String value = switch (k.kind()) {
            case CHOICE -> "\"" + k.text(v) + "\"";
            case FLAG -> v != 0 ? "true" : "false";
            default -> k.text(v);
        };
        String field = "\"" + k.presetField() + "\" : " + value;
        String section = k.section().json() == null ? field : "\"" + k.section().json() + "\" : { " + field + " }";
        String json = "{ \"name\" : \"one\", \"hf_config\" : \"config.json\", " + section + " }";
        DesignPoint read = PresetIo.parse(json.replace("\"hf_config\" : \"config.json\"", modelJson()), null);
        assertThat(read).as(k.key()).isEqualTo(k.set(BASE, v));
    }

    @Test
    void docsParametersPageIsTheRegistry() throws Exception {
        String page = Files.readString(Path.of("docs/parameters.md"));
        assertThat(page).as("docs/parameters.md: regenerate its tables with `roma-dse params --markdown`")
                .contains(ParamsCommand.markdown());
    }

    /** The 3B model section of a written preset. */
    private static String modelJson() {
        String all = PresetIo.toJson(BASE, "x");
        int from = all.indexOf("\"model\"");
        int to = all.indexOf('}', from);
        return all.substring(from, to + 1);
    }
}
