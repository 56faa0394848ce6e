package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the first frame holds (docs/packaging.md, "Start-up"): the selected tab only, every other tab's content
 * out of the scene (also a tab another feature adds after the figures), and the constants sheet filled in after
 * that frame, showing the applied design.
 */
public class FirstFrameWindowTest extends WindowFixture {
    private List<String> tabsWithContentAtShow;
    private boolean constantsAtShow;
    private int nodesAtShow;

    @Start
    void start(Stage stage) {
        open(stage);
        tabsWithContentAtShow = window.tabs().getTabs().stream().filter(t -> t.getContent() != null)
                .map(Tab::getId).toList();
        constantsAtShow = window.constants().filled();
        nodesAtShow = nodes(stage.getScene().getRoot());
    }

    private static int nodes(Node n) {
        return 1 + (n instanceof Parent p ? p.getChildrenUnmodifiable().stream().mapToInt(FirstFrameWindowTest::nodes).sum() : 0);
    }

    /**
     * Every node of the first frame costs start-up time (CSS matching against the theme's rules, skins, layout):
     * 449 here at this writing; the constants sheet and the hidden Compare tab's table added about 400 more before
     * they left it; the tab strip's buttons about 55 (the tab pane's hidden header row is still built). A new panel
     * belongs after the
     * first frame ({@link FirstFrame}) or in a tab built when first shown ({@link LazyTabs}).
     */
    @Test
    void theFirstFrameStaysWithinItsNodeBudget() {
        assertThat(nodesAtShow).as("nodes in the first frame").isBetween(300, 600);
    }

    @Test
    void onlyTheSelectedTabHasContentAtFirst() {
        assertThat(window.tabs().getTabs()).extracting(Tab::getId).contains("compare-tab");
        assertThat(tabsWithContentAtShow).containsExactly(window.tabs().getTabs().get(0).getId());
    }

    @Test
    void theConstantsSheetFillsInAfterTheFirstFrameWithTheAppliedDesign(FxRobot robot) throws Exception {
        assertThat(constantsAtShow).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.constants().filled());
        TextField rom = robot.lookup("#rom-gib-field").queryAs(TextField.class);
        robot.interact(() -> window.files().bundled("llama3-8b-int2"));
        assertThat(rom.getText()).isEqualTo("1.86");
    }

    @Test
    void aFigureTabGetsItsViewerWhenFirstShown(FxRobot robot) {
        Tab fig9 = window.tabs().getTabs().stream().filter(t -> "fig9-tab".equals(t.getId())).findFirst().orElseThrow();
        assertThat(fig9.getContent()).isNull();
        robot.interact(() -> window.tabs().selectFigure("fig9"));
        assertThat(fig9.getContent()).isNotNull();
        assertThat(fig9.getContent().getId()).isEqualTo("fig9-viewer");
        assertThat(fig9.getContent().getScene()).isNotNull();
    }
}
