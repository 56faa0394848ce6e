package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.romaexplorer.cli.RomaCli;
import org.romaexplorer.figures.PaperFigure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Cost tab shows what {@code cost --json} prints for the same design, and follows the sliders. */
public class CostTabWindowTest extends WindowFixture {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static JsonNode cost(String... sets) throws Exception {
        StringWriter out = new StringWriter();
        var cl = RomaCli.commandLine();
        cl.setOut(new PrintWriter(out));
        String[] args = new String[3 + 2 * sets.length];
        args[0] = "cost";
        args[1] = "--preset=llama3.2-3b-int4";
        args[2] = "--json";
        for (int i = 0; i < sets.length; i++) {
            args[3 + 2 * i] = "--set";
            args[4 + 2 * i] = sets[i];
        }
        assertThat(cl.execute(args)).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static double y(PaperFigure f, int panel, String series) {
        XYPlot p = (XYPlot) ((CombinedDomainXYPlot) f.chart().getPlot()).getSubplots().get(panel);
        return ((XYSeriesCollection) p.getDataset(1)).getSeries(series).getY(0).doubleValue();
    }

    private void agrees(PaperFigure f, JsonNode json) {
        assertThat(y(f, 0, "current design")).isCloseTo(json.get("cost_per_mtok_usd").asDouble(), within(1e-15));
        assertThat(y(f, 1, "this design, one chip")).isCloseTo(json.get("cost_per_chip_usd").asDouble(), within(1e-9));
        XYPlot top = (XYPlot) ((CombinedDomainXYPlot) f.chart().getPlot()).getSubplots().get(0);
        assertThat(((XYSeriesCollection) top.getDataset(0)).getSeries("RTX 4090").getY(0).doubleValue())
                .isCloseTo(json.get("baseline_cost_per_mtok_usd").asDouble(), within(1e-15));
    }

    @Test
    void theCostTabAndCostJsonAgreeAndFollowASlider(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().selectFigure("cost"));
        assertThat(robot.lookup("#cost-viewer").tryQuery()).isPresent();
        PaperFigure f = window.tabs().figure("cost");
        agrees(f, cost());
        double before = y(f, 0, "current design");
        Slider clock = robot.lookup("#clock-slider").queryAs(Slider.class);
        robot.interact(() -> clock.setValue(1000));
        assertThat(y(f, 0, "current design")).as("faster decode, fewer dollars a token").isLessThan(before);
        agrees(f, cost("clock_mhz=1000"));
    }
}
