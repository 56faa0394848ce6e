package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tab strip: one button per tab, in the tabs' order, wrapping in a narrow window, and selection both ways. */
@ExtendWith(ApplicationExtension.class)
class TabStripTest {
    private TabPane pane;

    @Start
    void start(Stage stage) {
        pane = new TabPane();
        for (String name : List.of("Overview", "Fig 2", "Fig 6", "Serving", "Design space", "Report", "L-unit lab")) {
            Tab t = new Tab(name, new Label(name + " content"));
            t.setId(name.toLowerCase().replace(' ', '-') + "-tab");
            pane.getTabs().add(t);
        }
        VBox root = new VBox(new TabStrip(pane, Set.of("serving-tab")), pane);
        stage.setScene(new Scene(root, 300, 300));
        stage.show();
    }

    private List<ToggleButton> buttons(FxRobot robot) {
        return robot.lookup("#tab-strip .toggle-button").queryAllAs(ToggleButton.class).stream().toList();
    }

    @Test
    void aButtonPerTabSelectsItAndTheSelectedTabsButtonIsPressed(FxRobot robot) {
        List<ToggleButton> b = buttons(robot);
        assertThat(b).extracting(ToggleButton::getText)
                .containsExactly("Overview", "Fig 2", "Fig 6", "Serving", "Design space", "Report", "L-unit lab");
        assertThat(b.get(0).isSelected()).isTrue();
        robot.clickOn("#report-tab-button");
        assertThat(pane.getSelectionModel().getSelectedItem().getText()).isEqualTo("Report");
        assertThat(b.get(5).isSelected()).isTrue();
        assertThat(b.get(0).isSelected()).isFalse();
        robot.clickOn("#report-tab-button"); // a second press keeps it pressed: some tab is always shown
        assertThat(b.get(5).isSelected()).isTrue();
        robot.interact(() -> pane.getSelectionModel().select(2));
        assertThat(b.get(2).isSelected()).isTrue();
        assertThat(b.stream().filter(ToggleButton::isSelected)).hasSize(1);
    }

    @Test
    void inANarrowWindowTheButtonsWrapRatherThanHide(FxRobot robot) {
        List<ToggleButton> b = buttons(robot);
        double top = b.get(0).localToScene(0, 0).getY();
        assertThat(b.get(b.size() - 1).localToScene(0, 0).getY()).isGreaterThan(top);
        for (ToggleButton t : b) {
            assertThat(t.localToScene(t.getLayoutBounds()).getMaxX()).as(t.getText()).isLessThanOrEqualTo(300);
        }
    }

    @Test
    void aTabAddedLaterGetsItsButton(FxRobot robot) {
        robot.interact(() -> pane.getTabs().add(new Tab("Compare")));
        assertThat(buttons(robot)).extracting(ToggleButton::getText).endsWith("Compare");
    }
}
