package org.romaexplorer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.sweep.Requirements;
import org.romaexplorer.sweep.RowSink;

/**
 * Sweep rows as CSV: the varied keys, every metric of {@link Metrics#asMap()} (the columns of
 * {@code eval}), then {@code pareto}. Lines are built per chunk on the workers and written in grid order.
 * Numbers are Locale-independent and never in exponent form: whole numbers as integers, others as the
 * shortest decimal that reads back to the same double. Metrics are never NaN or infinite ({@link Metrics}
 * refuses them); were one to be, it would print as Java spells it. No field needs quoting.
 */
final class CsvRows implements RowSink<StringBuilder> {
    private final Writer out;
    private final boolean frontOnly;
    private final Requirements requirements;

    CsvRows(Writer out, boolean frontOnly) {
        this(out, frontOnly, Requirements.NONE);
    }

    /** As above; with requirements each row also says whether it meets them all ({@code meets_requirements}). */
    CsvRows(Writer out, boolean frontOnly, Requirements requirements) {
        this.out = out;
        this.frontOnly = frontOnly;
        this.requirements = requirements;
    }

    static String header(List<String> varied, Map<String, Object> metrics) {
        return header(varied, metrics, Requirements.NONE);
    }

    static String header(List<String> varied, Map<String, Object> metrics, Requirements requirements) {
        StringBuilder sb = new StringBuilder();
        varied.forEach(k -> sb.append(k).append(','));
        metrics.keySet().forEach(k -> sb.append(k).append(','));
        return sb.append(requirements.isEmpty() ? "" : "meets_requirements,").append("pareto\n").toString();
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
        if (!requirements.isEmpty()) {
            sb.append(requirements.holds(metrics)).append(',');
        }
        sb.append(onFront).append('\n');
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
