package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every shortcut of the menus is a key combination a key press can match. "Shortcut+Page_Down" was read as a
 * typed character, so View › Next tab never fired; {@link MenuItems#keys} now refuses such names.
 */
public class ShortcutsWindowTest extends WindowFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void collect(List<MenuItem> items, List<MenuItem> out) {
        for (MenuItem it : items) {
            out.add(it);
            if (it instanceof Menu m) {
                collect(m.getItems(), out);
            }
        }
    }

    @Test
    void everyMenuShortcutIsAKeyCombination(FxRobot robot) {
        List<MenuItem> all = new ArrayList<>();
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(m -> collect(List.of(m), all));
        List<MenuItem> withKeys = all.stream().filter(i -> i.getAccelerator() != null).toList();
        assertThat(withKeys).hasSizeGreaterThan(15);
        assertThat(withKeys).allSatisfy(i -> assertThat(i.getAccelerator()).as(i.getText()).isInstanceOf(KeyCodeCombination.class));
    }

    /** Help › Keyboard shortcuts names every menu shortcut (Ctrl+B, pin a design, was missing). */
    @Test
    void theShortcutListNamesEveryMenuShortcut(FxRobot robot) {
        List<MenuItem> all = new ArrayList<>();
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(m -> collect(List.of(m), all));
        MenuItem help = all.stream().filter(i -> i.getAccelerator() != null
                && i.getAccelerator().getDisplayText().equals("F1")).findFirst().orElseThrow();
        robot.interact(help::fire);
        GridPane table = robot.lookup("#shortcuts-table").queryAs(GridPane.class);
        List<String> listed = table.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == 0)
                .flatMap(n -> Arrays.stream(((Label) n).getText().split(" / |, "))).toList();
        robot.interact(() -> table.getScene().getWindow().hide());
        assertThat(all.stream().filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText())
                .map(k -> k.matches("Ctrl\\+[1-9]") ? "Ctrl+1 … Ctrl+9" : k)).isSubsetOf(listed);
    }

    @Test
    void ctrlPageDownAndUpGoToTheNextAndPreviousTab(FxRobot robot) {
        robot.interact(() -> window.tabs().select(2));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(window.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(3);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        assertThat(window.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    /** Alt and a menu's underlined letter opens it, as in other desktop applications. */
    @Test
    void altAndTheUnderlinedLetterOpensAMenu(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("_File", "_Edit", "_View", "_Compare", "_Help");
        robot.press(KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT);
        Menu help = bar.getMenus().get(4);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(help.isShowing()).isTrue();
        robot.interact(help::hide);
    }

    @Test
    void aKeyNameThatIsNoKeyIsRefused() {
        assertThat(MenuItems.keys("Shortcut+Page Down").getCode()).isEqualTo(KeyCode.PAGE_DOWN);
        assertThatThrownBy(() -> MenuItems.keys("Shortcut+Page_Down")).hasMessageContaining("Page_Down");
    }
}
