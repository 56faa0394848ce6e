package org.romaexplorer.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every report format holds every row with its role, kind and error, and parses back. */
class ReportFormatTest {
    private final List<ReportRow> rows = PaperReport.rows();

    @Test
    void csvRoundTripsEveryRowExactly() {
        List<List<String>> csv = CsvReader.parse(ReportFormat.CSV.render(rows));
        assertThat(csv.get(0)).containsExactlyElementsOf(ReportCells.COLUMNS);
        assertThat(csv).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            ReportRow r = rows.get(i);
            List<String> f = csv.get(i + 1);
            assertThat(f).hasSize(ReportCells.COLUMNS.size());
            assertThat(f.get(0)).isEqualTo(r.id());
            assertThat(f.get(1)).isEqualTo(r.what());
            assertThat(Double.parseDouble(f.get(5))).isEqualTo(r.published());
            assertThat(Double.parseDouble(f.get(6))).isEqualTo(r.modeled());
            assertThat(f.get(8).isEmpty() ? Double.NaN : Double.parseDouble(f.get(8))).isEqualTo(r.errorPct());
            assertThat(f.get(9)).isEqualTo(r.role().name().toLowerCase());
            assertThat(f.get(10)).isEqualTo(r.kind().name().toLowerCase());
            assertThat(Boolean.parseBoolean(f.get(11))).isEqualTo(r.holds());
        }
    }

    /** The app's one CSV dialect (LF line ends, RFC 4180 quoting): it used to end lines with CRLF. */
    @Test
    void csvIsTheOneDialect() {
        String csv = ReportFormat.CSV.render(rows);
        assertThat(org.romaexplorer.io.OneCsvDialect.check(csv)).hasSize(rows.size() + 1);
        assertThat(csv).doesNotContain("\r");
    }

    @Test
    void jsonHasEveryRowAndColumn() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ReportFormat.JSON.render(rows));
        assertThat(j.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            for (String key : ReportCells.COLUMNS) {
                assertThat(j.get(i).has(key)).as(key).isTrue();
            }
            assertThat(j.get(i).get("kind").asText()).isEqualTo(rows.get(i).kind().name().toLowerCase());
        }
    }

    @Test
    void htmlIsWellFormedWithOneTableRowPerReportRow() throws Exception {
        Document doc = xml(ReportFormat.HTML.render(rows));
        NodeList trs = doc.getElementsByTagName("tr");
        assertThat(trs.getLength()).isEqualTo(rows.size() + 1);
        assertThat(doc.getElementsByTagName("td").getLength()).isEqualTo(rows.size() * ReportCells.COLUMNS.size());
        String text = doc.getDocumentElement().getTextContent();
        rows.forEach(r -> assertThat(text).contains(r.id()));
        assertThat(text).contains("≤ 190").contains("upper bound").contains("calibration");
    }

    @Test
    void markdownHasOneLinePerRowAndTheBounds() {
        List<String> lines = ReportFormat.MD.render(rows).lines().toList();
        assertThat(lines).hasSize(rows.size() + 2).allMatch(l -> l.startsWith("|") && l.endsWith("|"));
        assertThat(lines.get(2)).contains(rows.get(0).id());
        long bounds = rows.stream().filter(r -> r.kind() != ReportRow.Kind.VALUE).count();
        assertThat(lines.stream().filter(l -> l.contains("| ≤ ") || l.contains("| ≥ "))).hasSize((int) bounds);
    }

    @Test
    void texHasOneLinePerRowWithEveryCellAndNoBareSpecials() {
        List<String> body = ReportFormat.TEX.render(rows).lines().filter(l -> l.endsWith("\\\\")).toList();
        assertThat(body).hasSize(rows.size() + 1);
        for (String l : body) {
            assertThat(l.split("(?<!\\\\)&", -1)).as(l).hasSize(ReportCells.COLUMNS.size());
            assertThat(l).as(l).doesNotContainPattern("(?<!\\\\)[%_#]").doesNotContain("≤", "²", "µ");
        }
    }

    @Test
    void tableKeepsTheGoldenLayout() {
        String t = ReportFormat.TABLE.render(rows);
        assertThat(t).startsWith("Assumption set: ").contains(ReportFormat.text(rows));
        assertThat(t.lines()).hasSize(rows.size() + 2);
    }

    @Test
    void unknownFormatNamesTheFieldAndTheChoices() {
        assertThatThrownBy(() -> ReportFormat.parse("--format", "docx"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("--format: unknown format 'docx'; allowed: table, json, csv, md, html, tex");
    }

    static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"-0.00009, 0.0%", "0.049, 0.0%", "-4.44, -4.4%", "43.26, +43.3%", "NaN, n/a"})
    void errorsReadWithOneDecimalAndNoNegativeZero(double pct, String text) {
        assertThat(ReportCells.error(pct)).isEqualTo(text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"31800, 31800", "-9.051684548993414E-5, -0.00009051684548993414", "0.25, 0.25", "1e20, 100000000000000000000"})
    void csvNumbersHaveNoExponent(double v, String text) {
        assertThat(org.romaexplorer.io.Csv.number(v)).isEqualTo(text);
        assertThat(Double.parseDouble(text)).isEqualTo(v);
    }
}
