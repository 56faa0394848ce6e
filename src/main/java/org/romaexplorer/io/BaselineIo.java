package org.romaexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.romaexplorer.model.Baseline;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Platform;

/**
 * Reads baseline presets: one JSON object per platform a user would buy instead (format in {@code docs/presets.md},
 * "Baseline presets"), with the strict reader of presets ({@link InputFile}, {@link JsonInput}, {@link JsonFields}):
 * unknown, missing, mistyped or out-of-range fields fail naming the field, and nothing is built until all are read.
 */
public final class BaselineIo {
    /** Baselines shipped in the jar (copies of {@code presets/baselines/*.json}): the platforms of {@link Platform#ALL}. */
    public static final List<String> BUNDLED = List.of("rtx-4090", "i5-1135g7", "h100-sxm", "m4-max");

    static final String FIELD = "baseline";

    private BaselineIo() {}

    /** Reads a baseline file (regular, at most 4 MiB, UTF-8). */
    public static Baseline read(Path file) {
        return parse(InputFile.read(file, FIELD));
    }

    public static Baseline parse(String json) {
        JsonFields f = new JsonFields(JsonInput.object(json, FIELD), "");
        Baseline b = f.prefixed(() -> {
            String name = text(f, "name");
            Baseline.Kind kind = kind(f);
            String platform = text(f, "platform");
            if (f.present("description")) {
                f.requiredText("description");
            }
            double bandwidth = positive(f, "bandwidth_gb_per_s", 1e7) * 1e9;
            double peak = positive(f, "peak_fp16_tflops", 1e7) * 1e12;
            double power = positive(f, "power_w", 1e6);
            double price = positive(f, "price_usd", 1e9);
            double memory = positive(f, "memory_gb", 1e6) * 1e9;
            String source = text(f, "source");
            return new Baseline(name, kind, new Platform(platform, bandwidth, peak, power, price, source), memory);
        });
        f.done();
        return b;
    }

    /** A bundled baseline by name ({@link #BUNDLED}). */
    public static Baseline bundled(String name) {
        try (InputStream in = BaselineIo.class.getResourceAsStream("/presets/baselines/" + name + ".json")) {
            if (in == null) {
                throw new InvalidParameterException(FIELD, "no bundled baseline '" + name + "'; bundled: "
                        + String.join(", ", BUNDLED));
            }
            return parse(InputFile.decode(in.readAllBytes(), FIELD, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled baseline, in {@link #BUNDLED}'s order. */
    public static List<Baseline> all() {
        return BUNDLED.stream().map(BaselineIo::bundled).toList();
    }

    private static Baseline.Kind kind(JsonFields f) {
        String k = f.requiredText("kind");
        for (Baseline.Kind x : Baseline.Kind.values()) {
            if (x.key().equals(k.toLowerCase(Locale.ROOT))) {
                return x;
            }
        }
        throw new InvalidParameterException(f.name("kind"), "must be gpu, cpu or soc, got \"" + k + "\"");
    }

    /** A string with something visible in it. */
    private static String text(JsonFields f, String field) {
        String t = f.requiredText(field);
        if (t.isBlank()) {
            throw new InvalidParameterException(f.name(field), "must not be blank");
        }
        return t;
    }

    /** A number in (0, max]; the error names the field. */
    private static double positive(JsonFields f, String field, double max) {
        double v = f.requiredNumber(field);
        if (!(v > 0 && v <= max)) {
            throw new InvalidParameterException(f.name(field), "must be above 0 and at most " + (long) max + ", got " + v);
        }
        return v;
    }
}
