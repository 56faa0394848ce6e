package org.romaexplorer.ui;

import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The tab pane's headers as buttons that wrap onto a second row rather than hide behind an overflow arrow:
 * eighteen tabs (the paper's figures, serving and cost, the explorations, the checks) do not fit one row of a
 * 1280-px window beside the parameters, and a tab one cannot see is a tab one does not know about. Each button
 * selects its tab and shows the tab's text and tooltip; the selected tab's button is pressed. The tab pane's own
 * header row is hidden by the stylesheet ({@code .tab-strip-pane}); its keys (Ctrl+Tab, Ctrl+Page Down/Up) still work.
 * A little more space stands before the first tab of each group.
 */
final class TabStrip extends FlowPane {
    private final TabPane pane;
    private final Set<String> groupStarts;
    private final ToggleGroup group = new ToggleGroup();
    private boolean rebuilding;

    /** {@code groupStarts}: ids of the tabs that begin a group (after the first). */
    TabStrip(TabPane pane, Set<String> groupStarts) {
        super(2, 2);
        this.pane = pane;
        this.groupStarts = groupStarts;
        setId("tab-strip");
        getStyleClass().add("tab-strip");
        pane.getStyleClass().add("tab-strip-pane");
        rebuild();
        pane.getTabs().addListener((ListChangeListener<Tab>) c -> rebuild());
        pane.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> showSelected());
        // A press on the selected button must not leave no tab pressed.
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null && a != null && !rebuilding) {
                a.setSelected(true);
            }
        });
        // Wrap at the strip's own width (a FlowPane otherwise asks for one row as wide as all its buttons).
        setMinWidth(0);
        setPrefWrapLength(1);
        widthProperty().addListener((o, a, w) -> setPrefWrapLength(Math.max(1, w.doubleValue())));
        setMinHeight(Region.USE_PREF_SIZE);
    }

    private void rebuild() {
        rebuilding = true;
        getChildren().forEach(n -> ((ToggleButton) n).setToggleGroup(null));
        getChildren().clear();
        for (Tab tab : pane.getTabs()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(tab.textProperty());
            b.tooltipProperty().bind(tab.tooltipProperty());
            b.setId(tab.getId() == null ? null : tab.getId() + "-button");
            b.getStyleClass().add("tab-strip-button");
            if (tab.getId() != null && groupStarts.contains(tab.getId())) {
                FlowPane.setMargin(b, new javafx.geometry.Insets(0, 0, 0, 10));
            }
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false); // the tab pane keeps the keys; a click must not steal a field's focus
            b.setToggleGroup(group);
            b.setOnAction(e -> pane.getSelectionModel().select(tab));
            b.setUserData(tab);
            getChildren().add(b);
        }
        rebuilding = false;
        showSelected();
    }

    private void showSelected() {
        Tab selected = pane.getSelectionModel().getSelectedItem();
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == selected));
    }
}
