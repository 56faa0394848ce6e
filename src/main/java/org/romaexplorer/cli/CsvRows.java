package org.romaexplorer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.romaexplorer.io.Csv;
import org.romaexplorer.model.Metric;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Param;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.RowSink;

/**
 * Sweep rows as CSV: the varied keys (a choice by its name), every metric of the registry (the columns of
 * {@code eval}, a count as its exact integer, a flag true or false), then {@code pareto}. Lines are built per chunk on the workers and written in grid order.
 * Numbers are Locale-independent and never in exponent form: whole numbers as integers, others as the
 * shortest decimal that reads back to the same double. Metrics are never NaN or infinite ({@link Metrics}
 * refuses them); were one to be, it would print as Java spells it. The app's one CSV dialect ({@link Csv}):
 * the header goes through it; the rows, the hot path, are joined by hand, which is the same text because no
 * number or boolean needs quoting and lines end with {@link Csv#EOL} ({@code SweepCsvDialectTest} checks it).
 */
final class CsvRows implements RowSink<StringBuilder> {
    private final Writer out;
    private final boolean frontOnly;
    private final List<Param> varied;
    private final Requirements requirements;

    /** Rows of the {@code varied} parameters' values (a choice by its name) and every metric. */
    CsvRows(Writer out, boolean frontOnly, List<Param> varied) {
        this(out, frontOnly, varied, Requirements.NONE);
    }

    /** As above; with requirements each row also says whether it meets them all ({@code meets_requirements}). */
    CsvRows(Writer out, boolean frontOnly, List<Param> varied, Requirements requirements) {
        this.out = out;
        this.frontOnly = frontOnly;
        this.varied = List.copyOf(varied);
        this.requirements = requirements;
    }

    static String header(List<String> varied, Map<String, Object> metrics) {
        return header(varied, metrics, Requirements.NONE);
    }

    static String header(List<String> varied, Map<String, Object> metrics, Requirements requirements) {
        List<String> names = new ArrayList<>(varied);
        names.addAll(metrics.keySet());
        if (!requirements.isEmpty()) {
            names.add("meets_requirements");
        }
        names.add("pareto");
        return Csv.line(names);
    }

    @Override
    public StringBuilder open(long first) {
        return new StringBuilder(1 << 16);
    }

    @Override
    public void add(StringBuilder sb, long index, double[] values, Metrics metrics, boolean onFront) {
        if (frontOnly && !onFront) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            Param k = varied.get(i);
            sb.append(k.choices().isEmpty() ? number(values[i]) : k.text(values[i])).append(',');
        }
        for (Metric x : Metric.all()) {
            switch (x.kind()) {
                case COUNT -> sb.append((long) x.of(metrics));
                case FLAG -> sb.append(x.of(metrics) != 0);
                case AMOUNT -> sb.append(number(x.of(metrics)));
            }
            sb.append(',');
        }
        if (!requirements.isEmpty()) {
            sb.append(requirements.holds(metrics)).append(',');
        }
        sb.append(onFront).append(Csv.EOL);
    }

    @Override
    public void emit(StringBuilder sb) {
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double d) {
        return org.romaexplorer.io.Csv.number(d);
    }
}
