package org.romaexplorer.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The look: AtlantaFX Primer Light (or Dark, from the View menu) for every control, plus the app's own
 * style classes in {@code roma.css}, which use the theme's colour variables so both themes read well.
 */
public final class Theme {
    public static final String APP_CSS = Theme.class.getResource("roma.css").toExternalForm();
    /** The Modena colours ControlsFX's RangeSlider looks up, in the theme's: for every RangeSlider's own sheets. */
    public static final String RANGE_SLIDER_CSS = Theme.class.getResource("range-slider.css").toExternalForm();
    private static boolean dark;

    private Theme() {}

    /** Applies the current theme (Primer Light at first) to the whole application, dialogs included. */
    public static void apply() {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Light to dark and back. */
    public static void toggle() {
        dark = !dark;
        apply();
    }

    public static boolean dark() { return dark; }
}
