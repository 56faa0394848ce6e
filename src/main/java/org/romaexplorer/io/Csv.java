package org.romaexplorer.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of everything the app writes (the report, sweeps, figure data, the comparison): RFC 4180
 * quoting by Commons CSV ({@link CSVFormat#RFC4180}: a field holding the separator, a quote or a line break is
 * quoted and its quotes doubled; Commons CSV also quotes an empty first field and a field that starts with a
 * character up to {@code #} or ends in a space), with one difference from RFC 4180: lines end with LF, not
 * CRLF, as Unix tools expect. {@link #separatedBy} gives the same dialect with another separator (tabs, for
 * the clipboard).
 */
public final class Csv {
    /** Comma-separated, RFC 4180 quoting, LF line ends. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** The line ending of {@link #FORMAT}. */
    public static final String EOL = "\n";

    private Csv() {}

    /**
     * A number as every CSV of the app writes it: exact and never in exponent form, whole numbers as integers
     * ({@code 2048}, not {@code 2048.0}), others as the shortest decimal that reads back to the same double;
     * empty for NaN.
     */
    public static String number(double d) {
        if (Double.isNaN(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        return s.indexOf('E') < 0 ? s : new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    /** {@link #FORMAT} with {@code separator} between fields (a tab: what spreadsheets take from the clipboard). */
    public static CSVFormat separatedBy(char separator) {
        return separator == ',' ? FORMAT : FORMAT.builder().setDelimiter(separator).get();
    }

    /** A printer of {@link #FORMAT} records onto {@code out}; the caller flushes or closes it. */
    public static CSVPrinter printer(Appendable out) {
        return printer(out, FORMAT);
    }

    public static CSVPrinter printer(Appendable out, CSVFormat format) {
        try {
            return new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record of {@link #FORMAT}, line end included. */
    public static String line(List<?> fields) {
        return lines(List.of(fields), FORMAT);
    }

    /** Records in {@code format}, each ending with its line end. */
    public static String lines(List<? extends List<?>> records, CSVFormat format) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, format)) {
            for (List<?> r : records) {
                p.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }
}
