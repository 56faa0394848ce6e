package org.romaexplorer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * With pinned designs the design report holds their comparison as one more table of the same well-formed
 * page; without pins there is no such section. Expected cells are derived by hand from the SRAM sizes:
 * the current design has 288 MiB, "small" 144 MiB (change +144, +100 %), "big" 576 MiB (change −288, −50 %).
 */
class DesignReportPinsTest {
    private static final DesignPoint CURRENT = Models.llama3b();

    private static Pins twoPins() {
        return Pins.NONE.with(Knobs.SRAM_MB.set(CURRENT, 144)).with(Knobs.SRAM_MB.set(CURRENT, 576))
                .renamed(0, "small").renamed(1, "big");
    }

    private static Element pinnedTable(Document doc) {
        NodeList h2 = doc.getElementsByTagName("h2");
        for (int i = 0; i < h2.getLength(); i++) {
            if (h2.item(i).getTextContent().equals("Pinned designs")) {
                org.w3c.dom.Node n = h2.item(i).getNextSibling();
                while (!(n instanceof Element e && e.getTagName().equals("table"))) {
                    n = n.getNextSibling();
                }
                return (Element) n;
            }
        }
        throw new AssertionError("no Pinned designs section");
    }

    private static List<String> row(Element table, int i) {
        NodeList cells = ((Element) table.getElementsByTagName("tr").item(i)).getChildNodes();
        List<String> out = new ArrayList<>();
        for (int c = 0; c < cells.getLength(); c++) {
            out.add(cells.item(c).getTextContent());
        }
        return out;
    }

    private static List<String> rowOf(Element table, String quantity) {
        NodeList trs = table.getElementsByTagName("tr");
        for (int i = 1; i < trs.getLength(); i++) {
            if (row(table, i).get(0).equals(quantity)) {
                return row(table, i);
            }
        }
        throw new AssertionError("no row " + quantity);
    }

    @Test
    void twoPinsGiveATableWithBothNamesAndTheirDeltas() throws Exception {
        String html = DesignReport.html("llama3.2-3b-int4", CURRENT, FigureStyle.SCREEN, twoPins());
        Element table = pinnedTable(ReportFormatTest.xml(html));
        assertThat(row(table, 0)).containsExactly("Quantity", "Unit", "Current", "small", "Change vs small",
                "big", "Change vs big");
        assertThat(rowOf(table, "SRAM")).containsExactly("SRAM", "MiB", "288", "144", "+144 (+100.0%)",
                "576", "−288 (−50.0%)");
        assertThat(rowOf(table, "Max tokens").subList(0, 3)).containsExactly("Max tokens", "tokens", "4,320");
        assertThat(rowOf(table, "LoRA rank")).containsExactly("LoRA rank", "", "16", "16", "±0", "16", "±0");
        assertThat(table.getElementsByTagName("tr").getLength()).isEqualTo(1 + org.romaexplorer.compare.Quantity.ALL.size());
        assertThat(html).contains("small is the baseline");
    }

    @Test
    void withoutPinsTheSectionIsAbsent() {
        assertThat(PinnedDesigns.of(CURRENT, Pins.NONE)).isEmpty();
        assertThat(PinnedDesigns.of(CURRENT, twoPins())).startsWith("<h2>Pinned designs</h2>");
    }
}
