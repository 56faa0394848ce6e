package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Models;

/**
 * The serving figure and Fig. 10 generalized: per-user and aggregate decode vs users, tokens per user, the
 * context and knee markers (hand values: ServingTest's derivations on the 3B design).
 */
class ServingFigureTest {
    private static final DesignPoint B3 = Models.llama3b();

    /** 128 + 256 = 384 tokens: each of B users holds ⌊1,105,920 / B⌋ / 256, which is 392 at 11 users and 360 at 12. */
    private static DesignPoint shortChats(int users, int rows, int kv) {
        return B3.withWorkload(B3.workload().withInputLen(128).withOutputLen(256).withUsers(users).withKvLen(kv))
                .withHw(B3.hw().withLUnitRows(rows));
    }

    private static XYSeries line(XYPlot plot, String key) {
        XYSeriesCollection c = (XYSeriesCollection) plot.getDataset(0);
        return c.getSeries(c.getSeriesIndex(key));
    }

    private static List<XYPlot> plots(ServingFigure f) {
        return ChartCsv.leaves(f.chart().getPlot()).stream().map(XYPlot.class::cast).toList();
    }

    @Test
    void aggregateIsUsersTimesPerUserAndTheMarkersStandWhereDerived() {
        ServingFigure f = new ServingFigure();
        f.update(shortChats(8, 8, 1024));
        XYSeries per = line(plots(f).get(0), ServingFigure.PER_USER);
        XYSeries all = line(plots(f).get(0), ServingFigure.ALL_USERS);
        assertThat(per.getItemCount()).isEqualTo(64);
        for (int i = 0; i < per.getItemCount(); i++) {
            double b = per.getX(i).doubleValue();
            assertThat(all.getY(i).doubleValue()).isCloseTo(b * per.getY(i).doubleValue(), within(1e-6));
            if (i > 0) {
                assertThat(per.getY(i).doubleValue()).isLessThanOrEqualTo(per.getY(i - 1).doubleValue());
            }
        }
        assertThat(per.getY(2).doubleValue()).isCloseTo(per.getY(0).doubleValue(), within(1e-6)); // flat to 3 users
        assertThat(per.getY(3).doubleValue()).isLessThan(per.getY(0).doubleValue());
        assertThat(f.kneeX()).isEqualTo(3);
        assertThat(f.contextX()).isEqualTo(12);
        XYSeries tokens = line(plots(f).get(1), ServingFigure.PER_USER);
        assertThat(tokens.getY(10).doubleValue()).isEqualTo(392);
        assertThat(tokens.getY(11).doubleValue()).isEqualTo(360);
    }

    @Test
    void theNoteSaysWhichUnitSetsThePaceBeyondTheKnee() {
        assertThat(ServingFigure.noteText(shortChats(1, 1, 0), 0, 1)).endsWith("the L-units' lanes set the pace");
        assertThat(ServingFigure.noteText(shortChats(1, 8, 1024), 1024, 3)).endsWith("the vector units set the pace")
                .startsWith("1 adapter of rank 16, 1,024 tokens cached: each user at the one-user speed up to 3 users");
    }

    @Test
    void manyUsersWidenTheAxisToTheDesignsCount() {
        assertThat(ServingFigure.users(8)).hasSize(64).startsWith(1, 2).endsWith(64);
        assertThat(ServingFigure.users(200)).contains(1, 200).hasSizeLessThanOrEqualTo(68);
    }

    /** (1,179,648 − N · 73,728) / 256: 4,320, 4,032, 3,456, 2,304 at 288 MiB; three adapters get a line of their own. */
    @Test
    void adaptersFigureIsFig10ForOneToEightAdapters() {
        AdaptersFigure f = new AdaptersFigure();
        DesignPoint three = B3.withLora(B3.lora().withAdapters(3));
        f.update(three);
        int at288 = (288 - 32) / 16;
        long[] expected = {4320, 4032, 3456, 2304, 3744};
        List<String> keys = List.of("1 adapter", "2 adapters", "4 adapters", "8 adapters", "3 adapters");
        for (int i = 0; i < keys.size(); i++) {
            XYSeries s = line(f.plot(), keys.get(i));
            assertThat(s.getX(at288).doubleValue()).isEqualTo(288);
            assertThat(s.getY(at288).doubleValue()).as(keys.get(i)).isEqualTo(expected[i]);
        }
        assertThat(f.pinnedLine(three)).isEqualTo("3 adapters");
        Fig10MaxTokens fig10 = new Fig10MaxTokens();
        fig10.update(three);
        assertThat(line(fig10.plot(), Fig10MaxTokens.key(16)).getY(at288).doubleValue()).isEqualTo(3744);
    }
}
