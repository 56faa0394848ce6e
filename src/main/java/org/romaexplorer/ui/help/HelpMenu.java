package org.romaexplorer.ui.help;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help: About (version, licence, the model page), keyboard shortcuts, documentation. */
public final class HelpMenu {
    private HelpMenu() {}

    /**
     * @param open opens a documentation page given by its path in the repository (e.g. docs/model.md)
     */
    public static Menu build(Supplier<Window> owner, Consumer<String> open) {
        MenuItem about = new MenuItem("About ROMA Explorer");
        about.setId("about-item");
        about.setOnAction(e -> about(owner.get(), open).show());
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setId("shortcuts-item");
        keys.setAccelerator(org.romaexplorer.ui.MenuItems.keys("F1"));
        keys.setOnAction(e -> dialog(owner.get(), "Keyboard shortcuts", Shortcuts.table()).show());
        MenuItem docs = new MenuItem("Documentation");
        docs.setOnAction(e -> open.accept("README.md"));
        Menu m = new Menu("_Help");
        m.getItems().addAll(docs, keys, about);
        return m;
    }

    static Alert about(Window owner, Consumer<String> open) {
        Hyperlink model = new Hyperlink("The model on one page: " + AppInfo.MODEL_PAGE);
        model.setOnAction(e -> open.accept(AppInfo.MODEL_PAGE));
        VBox body = new VBox(6, new Label("ROMA Explorer " + AppInfo.version()),
                new Label("Design-space explorer for ROMA, the ROM-based QLoRA accelerator."),
                new Label("Licence: " + AppInfo.LICENCE), model, new Label("Documentation: " + AppInfo.DOCS));
        body.setId("about-body");
        return dialog(owner, "About ROMA Explorer", body);
    }

    private static Alert dialog(Window owner, String title, javafx.scene.Node body) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(body);
        a.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.setResizable(true);
        return a;
    }
}
