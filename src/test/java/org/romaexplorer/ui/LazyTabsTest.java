package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Hidden tabs stay out of the scene until first shown, then keep their own content. */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {
    private Label first;
    private Label second;
    private Label third;
    private TabPane pane;
    private final java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    private Tab real;

    @Start
    void start(Stage stage) {
        first = new Label("first");
        second = new Label("second");
        third = new Label("third");
        pane = new TabPane(new Tab("1", first), new Tab("2", second), new Tab("3", third),
                LazyTabs.later("4", "fourth-tab", () -> {
                    made.incrementAndGet();
                    real = new Tab("4", new Label("fourth"));
                    return real;
                }));
        LazyTabs.install(pane);
        stage.setScene(new Scene(pane, 300, 200));
        stage.show();
    }

    @Test
    void onlyTheSelectedTabIsInTheSceneAtFirst() {
        assertThat(first.getScene()).isNotNull();
        assertThat(second.getScene()).isNull();
        assertThat(third.getScene()).isNull();
    }

    @Test
    void aTabGetsItsOwnContentWhenSelectedAndKeepsIt(FxRobot robot) {
        robot.interact(() -> pane.getSelectionModel().select(2));
        assertThat(pane.getTabs().get(2).getContent()).isSameAs(third);
        assertThat(third.getScene()).isNotNull();
        assertThat(second.getScene()).isNull();
        robot.interact(() -> pane.getSelectionModel().select(0));
        assertThat(pane.getTabs().get(2).getContent()).isSameAs(third);
        assertThat(pane.getTabs().get(1).getContent()).isNull();
    }

    @Test
    void aLaterTabIsMadeOnlyWhenFirstSelectedAndTakesTheStandInsPlace(FxRobot robot) {
        assertThat(made).hasValue(0);
        assertThat(pane.getTabs().get(3).getId()).isEqualTo("fourth-tab");
        robot.interact(() -> pane.getSelectionModel().select(3));
        assertThat(made).hasValue(1);
        assertThat(pane.getTabs()).hasSize(4);
        assertThat(pane.getTabs().get(3)).isSameAs(real);
        assertThat(pane.getSelectionModel().getSelectedItem()).isSameAs(real);
        assertThat(real.getContent().getScene()).isNotNull();
        robot.interact(() -> pane.getSelectionModel().select(0));
        robot.interact(() -> pane.getSelectionModel().select(3));
        assertThat(made).hasValue(1);
    }
}
