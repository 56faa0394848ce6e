package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;

/** The current design's dot always sits on a drawn curve: each line's x range takes in the design. */
class CurvesCoverTheDesignTest {

    private static void covers(XYPlot plot, String key, double x) {
        XYSeries s = ((XYSeriesCollection) plot.getDataset(0)).getSeries(key);
        assertThat(s.getMinX()).as(key + " from").isLessThanOrEqualTo(x);
        assertThat(s.getMaxX()).as(key + " to").isGreaterThanOrEqualTo(x);
        assertThat(s.indexOf(x)).as(key + " has a point at " + x).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource({"0", "4096", "32768", "100000"})
    void fig7CoversTheCachedTokens(int kv) {
        DesignPoint p = Knobs.KV_LEN.set(Models.llama3b(), kv);
        Fig7Decode f = new Fig7Decode();
        f.update(p);
        XYSeries s = ((XYSeriesCollection) f.plot().getDataset(0)).getSeries(p.model().name());
        assertThat(s.getMaxX()).isGreaterThanOrEqualTo(kv);
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "16", "128", "1024"})
    void fig8CoversTheRank(int rank) {
        DesignPoint p = Knobs.LORA_RANK.set(Models.llama3b(), rank);
        Fig8Rank f = new Fig8Rank();
        f.update(p);
        XYPlot top = ((CombinedDomainXYPlot) f.chart().getPlot()).getSubplots().get(0);
        covers(top, p.model().name(), rank);
    }

    @ParameterizedTest
    @CsvSource({"16, 288", "128, 288", "0, 16", "64, 2048"})
    void fig10DrawsTheDesignsRankOverItsSram(int rank, int sramMib) {
        DesignPoint p = Knobs.SRAM_MB.set(Knobs.LORA_RANK.set(Models.llama3b(), rank), sramMib);
        Fig10MaxTokens f = new Fig10MaxTokens();
        f.update(p);
        covers(f.plot(), Fig10MaxTokens.key(rank), sramMib);
        assertThat(((XYSeriesCollection) f.plot().getDataset(0)).getSeriesCount())
                .isEqualTo(Fig10MaxTokens.RANKS.length + (rank == 16 || rank == 64 ? 0 : 1));
    }

    @org.junit.jupiter.api.Test
    void fig8SaysWhichInputItsTtftIsFor() {
        Fig8Rank f = new Fig8Rank();
        f.update(Models.llama3b());
        assertThat(f.chart().getSubtitleCount()).isGreaterThan(1);
        assertThat(((org.jfree.chart.title.TextTitle) f.chart().getSubtitle(1)).getText())
                .contains("1,024-token input").contains("(256 tokens)");
    }
}
