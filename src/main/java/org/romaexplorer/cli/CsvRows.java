package org.romaexplorer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.romaexplorer.io.Csv;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.RowSink;

/**
 * Sweep rows as CSV: the varied keys, every metric of {@link Metrics#asMap()} (the columns of
 * {@code eval}), then {@code pareto}. Lines are built per chunk on the workers and written in grid order.
 * Numbers are Locale-independent and never in exponent form: whole numbers as integers, others as the
 * shortest decimal that reads back to the same double. Metrics are never NaN or infinite ({@link Metrics}
 * refuses them); were one to be, it would print as Java spells it. The app's one CSV dialect ({@link Csv}):
 * the header goes through it; the rows, the hot path, are joined by hand, which is the same text because no
 * number or boolean needs quoting and lines end with {@link Csv#EOL} ({@code SweepCsvDialectTest} checks it).
 */
final class CsvRows implements RowSink<StringBuilder> {
    private final Writer out;
    private final boolean frontOnly;

    CsvRows(Writer out, boolean frontOnly) {
        this.out = out;
        this.frontOnly = frontOnly;
    }

    static String header(List<String> varied, Map<String, Object> metrics) {
        List<String> names = new ArrayList<>(varied);
        names.addAll(metrics.keySet());
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
        for (double v : values) {
            sb.append(number(v)).append(',');
        }
        for (Object v : metrics.asMap().values()) {
            sb.append(v instanceof Double d ? number(d) : String.valueOf(v)).append(',');
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
        return org.romaexplorer.publish.ReportCsv.plain(d);
    }
}
