package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.romaexplorer.io.OneCsvDialect;
import org.romaexplorer.model.Models;
import org.romaexplorer.report.PaperReport;

/** The figure data CSV names its x column and says, for each published point, its model and bound. */
class ChartCsvTest {

    private static List<String> csv(PaperFigure f) throws Exception {
        f.setPublished(PublishedPoint.of(PaperReport.rows()));
        f.update(Models.llama3b());
        StringWriter w = new StringWriter();
        ChartCsv.write(f.chart(), w);
        return w.toString().lines().toList();
    }

    @Test
    void xColumnIsNamedWithItsUnit() throws Exception {
        assertThat(csv(new Fig6Prefill()).get(0)).isEqualTo("quantity,series,Input length (tokens),value,point,model,bound");
        assertThat(csv(new Fig8Rank()).get(0)).startsWith("quantity,series,LoRA rank,");
        assertThat(csv(new Fig10MaxTokens()).get(0)).startsWith("quantity,series,SRAM for LoRA + KV (MiB),");
        assertThat(csv(new Fig11Breakdown()).get(0)).startsWith("quantity,series,Part,");
    }

    @Test
    void publishedRowsSayTheirModelAndBound() throws Exception {
        List<String> rows = csv(new Fig9Generation());
        assertThat(rows).contains(
                "\"Generation (tokens/s, log)\",Llama-3.2-3B (paper),2048,8533,published,Llama-3.2-3B,no",
                "\"Generation (tokens/s, log)\",i5-1135G7 (paper),256,6.8,published,Llama-3.2-3B,lower");
        assertThat(csv(new Fig6Prefill())).contains("TTFT (ms),Llama-3-8B (paper),4096,190,published,Llama-3-8B,upper");
        assertThat(csv(new Fig10MaxTokens())).contains("Max tokens,rank 16 (paper),64,736,published,Llama-3.2-3B,no");
    }

    /** Every figure's CSV is the app's one dialect; a label with a comma, a quote or a CR is quoted. */
    @Test
    void everyFigureWritesTheOneCsvDialect() throws Exception {
        for (PaperFigure f : Figures.all()) {
            f.update(Models.llama3b());
            StringWriter w = new StringWriter();
            ChartCsv.write(f.chart(), w);
            assertThat(OneCsvDialect.check(w.toString())).as(f.id()).allSatisfy(r -> assertThat(r).hasSize(7));
        }
        Fig6Prefill f = new Fig6Prefill();
        f.update(Models.llama3b());
        ((org.jfree.chart.plot.XYPlot) f.chart().getPlot()).getRangeAxis().setLabel("TTFT\r(ms), \"log\"");
        StringWriter w = new StringWriter();
        ChartCsv.write(f.chart(), w);
        assertThat(w.toString()).contains("\n\"TTFT\r(ms), \"\"log\"\"\",");
        assertThat(OneCsvDialect.check(w.toString()).get(1).get(0)).isEqualTo("TTFT\r(ms), \"log\"");
    }

    @Test
    void everyRowHasSevenFieldsAndSaysWhatItIs() throws Exception {
        for (PaperFigure f : Figures.all()) {
            for (String row : csv(f).subList(1, csv(f).size())) {
                String unquoted = row.replaceAll("\"[^\"]*\"", "q");
                assertThat(unquoted.split(",", -1)).as(row).hasSize(7);
                assertThat(unquoted.split(",", -1)[4]).isIn("model", "published", "current design");
            }
        }
    }
}
