package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A test's check that a text is CSV of the app's one dialect ({@link Csv#FORMAT}): read back with that dialect
 * and printed again, it is the same text, character for character; so its quoting and its line ends are the
 * dialect's, whoever wrote it.
 */
public final class OneCsvDialect {
    private OneCsvDialect() {}

    /** The records of {@code csv}, after checking that they print back to exactly {@code csv}. */
    public static List<List<String>> check(String csv) {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), Csv.FORMAT)) {
            List<List<String>> records = p.getRecords().stream().map(CSVRecord::toList).toList();
            assertThat(Csv.lines(records, Csv.FORMAT)).as("printed again in the one dialect").isEqualTo(csv);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
