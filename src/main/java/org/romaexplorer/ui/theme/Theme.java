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
    private static boolean dark;

    private Theme() {}

    /** Applies Primer Light to the whole application. */
    public static void light() {
        dark = false;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void toggle() {
        dark = !dark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static boolean dark() { return dark; }
}
