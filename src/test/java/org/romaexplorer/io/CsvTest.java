package org.romaexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one CSV dialect: RFC 4180 quoting, LF line ends; the same with tabs for the clipboard. */
class CsvTest {

    /** A field (CR and LF spelled as backslash-r and backslash-n), then the line Csv writes for "x" and it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "plain           | x,plain",
            "a,b             | x,\"a,b\"",
            "say \"hi\"      | x,\"say \"\"hi\"\"\"",
            "cr\\rlf         | x,\"cr\\rlf\"",
            "line\\nbreak    | x,\"line\\nbreak\"",
            "TTFT (ms)       | x,TTFT (ms)",
            "-4.38           | x,-4.38",
    })
    void quotesWhatRfc4180Requires(String field, String line) {
        assertThat(Csv.line(List.of("x", unescape(field)))).isEqualTo(unescape(line) + "\n");
    }

    private static String unescape(String s) {
        return s.strip().replace("\\r", "\r").replace("\\n", "\n");
    }

    @Test
    void linesEndWithLfOnly() {
        String text = Csv.lines(List.of(List.of("a", "b"), List.of("c", "d")), Csv.FORMAT);
        assertThat(text).isEqualTo("a,b\nc,d\n").doesNotContain("\r");
        assertThat(Csv.EOL).isEqualTo("\n");
    }

    @Test
    void tabsQuoteTabsNotCommas() {
        assertThat(Csv.lines(List.of(List.of("a,b", "c\td")), Csv.separatedBy('\t'))).isEqualTo("a,b\t\"c\td\"\n");
    }

    @Test
    void whatItWritesReadsBack() {
        List<List<String>> records = List.of(List.of("id", "what"), List.of("a", "x, \"y\"\r\nz"), List.of("", "e"));
        assertThat(OneCsvDialect.check(Csv.lines(records, Csv.FORMAT))).isEqualTo(records);
    }
}
