package org.romaexplorer.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry of every {@link Param}: the knobs of {@link Knobs} and the constants of {@link Constants}, by
 * key, in a fixed order. A key is unique across the registry (a test says so).
 */
public final class Params {
    private static final List<Param> ALL = build();
    private static final Map<String, Param> BY_KEY = ALL.stream()
            .collect(Collectors.toMap(Param::key, p -> p, (a, b) -> a, LinkedHashMap::new));

    private Params() {}

    private static List<Param> build() {
        List<Param> all = new ArrayList<>(Knobs.ALL);
        all.addAll(Constants.DECLARED);
        return List.copyOf(all);
    }

    /** Every parameter: knobs first, then constants. */
    public static List<Param> all() { return ALL; }

    /** The parameter with this key (case and surrounding blanks ignored); the error lists the known keys. */
    public static Param of(String key) {
        Param p = BY_KEY.get(key.trim().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new InvalidParameterException(key, "unknown parameter; known: " + keys());
        }
        return p;
    }

    /** Whether a parameter has this key. */
    public static boolean has(String key) {
        return BY_KEY.containsKey(key.trim().toLowerCase(Locale.ROOT));
    }

    public static String keys() {
        return String.join(", ", BY_KEY.keySet());
    }

    /** The window's sliders and drop-downs, in the panel's order. */
    public static List<Param> sliders() {
        return ALL.stream().filter(Param::slider).toList();
    }

    /** The parameters of one section, in registry order. */
    public static List<Param> in(Param.Section s) {
        return ALL.stream().filter(p -> p.section() == s).toList();
    }

    /**
     * The parameters with a plausible range, in the order the uncertainty bands draw them: {@link Constants#ALL}
     * first (the order the bands have always used), then any other parameter with a range.
     */
    public static List<Param> uncertain() {
        List<Param> out = new ArrayList<>(Constants.ALL);
        ALL.stream().filter(p -> p.spread() != null && !out.contains(p)).forEach(out::add);
        return out;
    }
}
