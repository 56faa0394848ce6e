package org.romaexplorer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.Figures;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.Models;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The design report is one well-formed page holding every figure, report row and constant, fetching nothing. */
class DesignReportTest {
    private static final String HTML = DesignReport.html("llama3.2-3b-int4", Models.llama3b(), FigureStyle.SCREEN);
    private static final Document DOC = parse();

    private static Document parse() {
        try {
            return ReportFormatTest.xml(HTML);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> cells() {
        List<String> out = new ArrayList<>();
        NodeList tds = DOC.getElementsByTagName("td");
        for (int i = 0; i < tds.getLength(); i++) {
            out.add(tds.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void everyFigureIsAnInlineSvg() {
        NodeList svgs = DOC.getElementsByTagName("svg");
        assertThat(svgs.getLength()).isEqualTo(Figures.all().size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            ids.add(((Element) svgs.item(i)).getAttribute("id"));
        }
        assertThat(ids).containsExactlyElementsOf(Figures.all().stream().map(f -> "svg-" + f.id()).toList());
        for (PaperFigure f : Figures.all()) {
            assertThat(HTML).contains("<figure id=\"" + f.id() + "\">");
        }
    }

    @Test
    void everyReportRowAndConstantIsInATable() {
        List<String> cells = cells();
        for (ReportRow r : PaperReport.rows()) {
            assertThat(cells).as(r.id()).contains(r.id());
        }
        for (Param c : Constants.ALL) {
            assertThat(cells).as(c.key()).contains(c.key(), c.source());
        }
    }

    @Test
    void parametersMetricsWarningsAndContradictionsAreThere() {
        List<String> cells = cells();
        assertThat(cells).contains("sram_mb", "288", "max_tokens", "4,320");
        assertThat(DOC.getElementsByTagName("ul").item(0).getTextContent()).startsWith("Context does not fit in SRAM");
        assertThat(HTML).contains("Fig. 10 cannot be reproduced with the formats the paper states")
                .contains(PaperReport.assumptions());
    }

    @Test
    void withoutPinsThereIsNoPinnedDesignsSection() {
        assertThat(HTML).doesNotContain("Pinned designs");
    }

    @Test
    void nothingIsLoadedFromANetworkOrAnotherFile() {
        assertThat(HTML).doesNotContainPattern("(?i)\\b(src|href)\\s*=\\s*[\"']?(https?:)?//")
                .doesNotContainPattern("(?i)(src|href)\\s*=")
                .doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)@import|url\\(\\s*['\"]?https?:");
    }
}
