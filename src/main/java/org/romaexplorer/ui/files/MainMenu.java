package org.romaexplorer.ui.files;

import org.romaexplorer.ui.ChartTabs;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.romaexplorer.figures.ChartExport.Format;
import org.romaexplorer.io.PresetIo;

/** File and View menus with their shortcuts. */
public final class MainMenu {
    private MainMenu() {}

    public static MenuBar build(FileActions files, ChartTabs tabs, AppPrefs prefs) {
        return new MenuBar(file(files, prefs), view(tabs));
    }

    private static Menu file(FileActions files, AppPrefs prefs) {
        Menu bundled = new Menu("Bundled presets");
        for (String name : PresetIo.BUNDLED) {
            bundled.getItems().add(item(name, null, () -> files.bundled(name)));
        }
        Menu recent = new Menu("Recent files");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : prefs.recent()) {
                recent.getItems().add(item(p.toString(), null, () -> files.openFile(p)));
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("…")); // a Menu without items never shows, so never refills
        Menu export = new Menu("Export chart");
        export.getItems().addAll(item("PNG…", "Shortcut+E", () -> files.exportChart(Format.PNG)),
                item("SVG…", null, () -> files.exportChart(Format.SVG)),
                item("PDF…", null, () -> files.exportChart(Format.PDF)));
        Menu m = new Menu("_File");
        m.getItems().addAll(item("Open preset…", "Shortcut+O", files::open),
                item("Save preset", "Shortcut+S", files::save), item("Save preset as…", "Shortcut+Shift+S", files::saveAs),
                item("Import HF config…", null, files::importHf), bundled, recent, new SeparatorMenuItem(), export,
                item("Export data CSV…", null, () -> files.exportChart(Format.CSV)),
                item("Export all figures…", null, files::exportAll),
                item("Export design report…", null, files::exportDesignReport),
                item("Copy chart image", "Shortcut+Shift+C", files::copyChart), new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", files::quit));
        return m;
    }

    private static Menu view(ChartTabs tabs) {
        Menu m = new Menu("_View");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int tab = i;
            String key = i < 9 ? "Shortcut+" + (i + 1) : null;
            m.getItems().add(item(tabs.getTabs().get(i).getText(), key, () -> tabs.select(tab)));
        }
        return m;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        return org.romaexplorer.ui.MenuItems.item(text, accelerator, action);
    }
}
