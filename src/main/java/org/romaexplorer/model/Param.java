package org.romaexplorer.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One parameter of a design point, declared once: its key, display name, unit, allowed values, default and
 * that default's source, where it sits in a preset, how it reads and writes the design point, and how
 * uncertain its default is. {@code --set}, presets, the window's fields and tooltips, sweep axes, the
 * sensitivity study, the design report and the docs table all read it; the design point's records check
 * their components with {@link #check}, so a value is accepted or refused by the same numbers everywhere.
 * Values cross this API in the parameter's display unit (MiB, MHz, tokens); a choice is the index of its
 * name in {@link #choices()}, a flag 0 or 1. Immutable and thread-safe.
 *
 * <p>Declarations live in {@link Knobs} (design and workload) and {@link Constants} (chip and technology);
 * {@link Params} is the registry over all of them. Adding a knob: {@code docs/adding-a-knob.md}.
 */
public final class Param {
    /** What values a parameter takes. */
    public enum Kind { NUMBER, INTEGER, CHOICE, FLAG }

    /** Where a parameter is grouped in the window and stored in a preset ({@code json} object; null: top level). */
    public enum Section {
        QUANTIZATION("quantization", "Base-model weights"), LORA("lora", "LoRA"), KV(null, "KV cache"),
        LAYOUT("sram_layout", "SRAM layout"), HARDWARE("hardware", "Chip"), TECHNOLOGY("technology", "Technology"),
        WORKLOAD("workload", "Workload"), OVERFLOW("kv_overflow", "KV beyond the SRAM");

        private final String json;
        private final String title;

        Section(String json, String title) {
            this.json = json;
            this.title = title;
        }

        /** The preset object holding the section's fields, or null for top-level fields. */
        public String json() { return json; }

        public String title() { return title; }
    }

    /** Writes a validated value (display unit) into a copy of the design point. */
    @FunctionalInterface
    public interface Setter {
        DesignPoint set(DesignPoint p, double value);
    }

    /** How a parameter reads and writes a design point, as one object. */
    public interface Access {
        double get(DesignPoint p);

        DesignPoint set(DesignPoint p, double value);
    }

    private final String key;
    private final String name;
    private final String unit;
    private final String about;
    private final Kind kind;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final double[] allowed;
    private final Memory memory;
    private final double value;
    private final String source;
    private final boolean calibrated;
    private final Section section;
    private final String field;
    private final double sliderMin;
    private final double sliderMax;
    private final boolean menu;
    private final Range spread;
    private final ToDoubleFunction<DesignPoint> getter;
    private final Setter setter;

    private Param(Builder b, ToDoubleFunction<DesignPoint> getter, Setter setter) {
        key = b.key;
        name = b.name;
        unit = b.unit;
        about = b.about;
        kind = b.kind;
        min = b.min;
        max = b.max;
        choices = b.choices;
        allowed = b.allowed;
        memory = b.memory;
        value = b.value;
        source = b.source;
        calibrated = b.calibrated;
        section = b.section;
        field = b.field == null ? key : b.field;
        sliderMin = b.sliderMin;
        sliderMax = b.sliderMax;
        menu = b.menu;
        spread = b.spread;
        this.getter = getter;
        this.setter = setter;
        Check.notBlank("key", key);
        Check.notBlank(key + ".source", source);
        if (!(min <= value && value <= max) || section == null) {
            throw new IllegalStateException(key + ": default " + value + " outside [" + min + ", " + max + "] or no section");
        }
    }

    /** A real number in [min, max], display unit {@code unit}. */
    static Builder number(String key, String name, String unit, double min, double max) {
        return new Builder(key, name, unit, Kind.NUMBER, min, max);
    }

    /** A whole number in [min, max]. */
    static Builder integer(String key, String name, String unit, long min, long max) {
        return new Builder(key, name, unit, Kind.INTEGER, min, max);
    }

    /** A whole number that takes only the {@code allowed} values (ascending). */
    static Builder oneOf(String key, String name, String unit, int... allowed) {
        Builder b = new Builder(key, name, unit, Kind.INTEGER, allowed[0], allowed[allowed.length - 1]);
        b.allowed = Arrays.stream(allowed).asDoubleStream().toArray();
        return b;
    }

    /** One of a few named choices, held as the index of the name. */
    static Builder choice(String key, String name, String... names) {
        Builder b = new Builder(key, name, "", Kind.CHOICE, 0, names.length - 1);
        b.choices = List.of(names);
        return b;
    }

    /** Yes or no, held as 1 or 0; written {@code true}/{@code false}. */
    static Builder flag(String key, String name) {
        Builder b = new Builder(key, name, "", Kind.FLAG, 0, 1);
        b.choices = List.of("false", "true");
        return b;
    }

    /** A memory size in its display unit, held in whole bytes ({@link Memory}). */
    static Builder memory(Memory m, String name) {
        Builder b = new Builder(m.key(), name, m.unit(), Kind.NUMBER, m.minSize(), m.maxSize());
        b.memory = m;
        return b;
    }

    public String key() { return key; }

    /** Display name, e.g. "SRAM". */
    public String name() { return name; }

    /** Display unit, empty for none. */
    public String unit() { return unit; }

    /** What the parameter is, in a sentence. */
    public String about() { return about; }

    public Kind kind() { return kind; }

    public double min() { return min; }

    public double max() { return max; }

    /** Whether only whole values are accepted (integers, choices, flags). */
    public boolean integer() { return kind != Kind.NUMBER; }

    /** Names of the values 0, 1, … of a choice or flag; empty for a number. */
    public List<String> choices() { return choices; }

    /** The only values an integer takes, ascending; empty when any in [min, max] will do. */
    public double[] allowed() { return allowed.clone(); }

    /** The default, in the display unit: ROMA's value (paper, public source, assumption or calibration). */
    public double value() { return value; }

    /** Where the default comes from; "calibrated to …" for a fitted value. */
    public String source() { return source; }

    /** Whether the default was fitted to the report's calibration rows. */
    public boolean calibrated() { return calibrated; }

    public Section section() { return section; }

    /** The preset field: {@code hardware.clock_mhz}, or the key alone for a top-level field. */
    public String presetPath() { return section.json() == null ? field : section.json() + "." + field; }

    /** The field's name inside its preset section. */
    public String presetField() { return field; }

    /** Whether the window shows it as a slider (else in the constants sheet, or as a drop-down for a choice). */
    public boolean slider() { return !Double.isNaN(sliderMin); }

    /** Whether the panel shows it as a drop-down of its choices or allowed values (a choice always is). */
    public boolean menu() { return menu || !choices.isEmpty(); }

    public double sliderMin() { return sliderMin; }

    public double sliderMax() { return sliderMax; }

    /** How uncertain the default is, for the sensitivity study and the uncertainty bands; null: a design choice. */
    public Range spread() { return spread; }

    /** The value in {@code p}, display unit. */
    public double get(DesignPoint p) { return getter.applyAsDouble(p); }

    /** A copy of {@code p} with this parameter at {@code v}; refuses what {@link #check} refuses. */
    public DesignPoint set(DesignPoint p, double v) {
        return setter.set(p, check(v));
    }

    /**
     * {@code v} if this parameter accepts it, else an {@link InvalidParameterException} naming the key: out of
     * range, not whole, not one of the allowed values, or a size that does not round to 1 byte … the maximum.
     */
    public double check(double v) {
        if (memory != null) {
            memory.bytes(v);
        } else if (kind == Kind.NUMBER) {
            Check.range(key, v, min, max);
        } else if (!(v >= min && v <= max)) {
            if (!choices.isEmpty()) {
                throw new InvalidParameterException(key, "must be " + choiceList() + ", got " + text(v));
            }
            if (allowed.length > 0) {
                throw new InvalidParameterException(key, "must be one of " + allowedText() + ", got " + text(v));
            }
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                Check.range(key, (long) v, (long) min, (long) max);
            }
            Check.range(key, v, min, max);
        } else if (v != Math.rint(v)) {
            throw new InvalidParameterException(key, "must be a whole number, got " + v);
        } else if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(a -> a == v)) {
            throw new InvalidParameterException(key, "must be one of " + allowedText() + ", got " + text(v));
        }
        return v;
    }

    /** A typed value: a number, or the name of one of {@link #choices()}. */
    public double parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = choices.indexOf(t);
        if (i >= 0) {
            return i;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            String also = choices.isEmpty() ? "" : " or " + choiceList();
            throw new InvalidParameterException(key, "must be a number" + also + ", got '" + text + "'");
        }
    }

    /** The value as a user writes it: a choice by name, a whole number exactly, a real number in full. */
    public String text(double v) {
        if (!choices.isEmpty() && v == Math.rint(v) && v >= 0 && v < choices.size()) {
            return choices.get((int) v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** "integer, ternary2 or ternary5": the names a choice accepts. */
    public String choiceList() {
        int n = choices.size();
        return n == 1 ? choices.get(0) : String.join(", ", choices.subList(0, n - 1)) + " or " + choices.get(n - 1);
    }

    private String allowedText() {
        StringBuilder sb = new StringBuilder("[");
        for (double a : allowed) {
            sb.append(sb.length() > 1 ? ", " : "").append(text(a));
        }
        return sb.append("]").toString();
    }

    /** What the window's tooltip and {@code --help} say: what it is, its range, its default and source, its key. */
    public String help() {
        String range = !choices.isEmpty() ? choiceList()
                : allowed.length > 0 ? "one of " + allowedText()
                : memory != null ? "1 byte to " + text(max) + " " + unit
                : text(min) + " to " + text(max) + (unit.isEmpty() ? "" : " " + unit);
        return about + "\nvalues: " + range + "\ndefault: " + text(value) + (unit.isEmpty() ? "" : " " + unit)
                + " (" + source + ")\nkey: " + key + " (preset: " + presetPath() + ")";
    }

    @Override
    public String toString() { return key; }

    /** Declares a parameter; {@link #access} ends the declaration. Not thread-safe (used in static initializers). */
    static final class Builder {
        private final String key;
        private final String name;
        private final String unit;
        private final Kind kind;
        private final double min;
        private final double max;
        private List<String> choices = List.of();
        private double[] allowed = new double[0];
        private Memory memory;
        private String about = "";
        private double value = Double.NaN;
        private String source;
        private boolean calibrated;
        private Section section;
        private String field;
        private double sliderMin = Double.NaN;
        private double sliderMax = Double.NaN;
        private boolean menu;
        private Range spread;

        private Builder(String key, String name, String unit, Kind kind, double min, double max) {
            this.key = key;
            this.name = name;
            this.unit = unit;
            this.kind = kind;
            this.min = min;
            this.max = max;
        }

        /** What the parameter is. */
        Builder about(String text) {
            about = text;
            return this;
        }

        /** The default and where it comes from. */
        Builder value(double v, String from) {
            value = v;
            source = from;
            return this;
        }

        /** A default stated by the paper ("paper " + where). */
        Builder paper(double v, String where) {
            return value(v, "paper " + where);
        }

        /** A default fitted to calibration rows. */
        Builder calibrated(double v, String rows) {
            calibrated = true;
            value(v, "calibrated to " + rows);
            return spread(v, v, Range.Basis.CALIBRATED_LOO, "leave-one-out refits, at least the rounding of its rows");
        }

        /** Its preset section; the field name is the key unless {@link #field} says otherwise. */
        Builder in(Section s) {
            section = s;
            return this;
        }

        Builder field(String name) {
            field = name;
            return this;
        }

        /** Shown as a slider over [lo, hi]; any accepted value may still be typed. */
        Builder slider(double lo, double hi) {
            sliderMin = lo;
            sliderMax = hi;
            return this;
        }

        /** Shown in the panel as a drop-down of its choices or allowed values. */
        Builder menu() {
            menu = true;
            return slider(min, max);
        }

        /** Stated by the paper to its last digit: ±{@code half}. */
        Builder rounding(double half, String note) {
            return spread(value - half, value + half, Range.Basis.PAPER_ROUNDING, note);
        }

        /** The span a public source supports. */
        Builder span(double lo, double hi, String note) {
            return spread(lo, hi, Range.Basis.PUBLIC_RANGE, note);
        }

        /** An assumption or scaled estimate: ×0.5 to ×2. */
        Builder assumption(String note) {
            return spread(value / 2, value * 2, Range.Basis.ASSUMPTION, note);
        }

        /** Derived exactly from a structure: no range. */
        Builder exact(String note) {
            return spread(value, value, Range.Basis.EXACT, note);
        }

        private Builder spread(double lo, double hi, Range.Basis basis, String note) {
            spread = new Range(key, value, lo, hi, basis, note);
            return this;
        }

        Param access(ToDoubleFunction<DesignPoint> get, Setter set) {
            return new Param(this, get, set);
        }

        Param access(Access a) {
            return new Param(this, a::get, a::set);
        }
    }
}
