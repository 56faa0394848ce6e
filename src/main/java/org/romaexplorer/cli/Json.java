package org.romaexplorer.cli;

import org.romaexplorer.io.JsonMappers;

/** JSON for {@code --json} output (the mapper: {@link JsonMappers}). */
final class Json {
    private Json() {}

    static String of(Object value) {
        return JsonMappers.pretty(value);
    }

    /** One line, for outputs read by scripts line by line. */
    static String compact(Object value) {
        return JsonMappers.compact(value);
    }
}
