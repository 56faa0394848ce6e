package org.romaexplorer.ui.window;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: on the screen its saved position is on, else on the primary screen; never
 * larger than that screen's visual bounds (without task bars) and never partly off it. Pure: no toolkit.
 */
public final class WindowFit {
    /** Part of the title bar that must lie on a screen for a saved position to count as on it, px. */
    static final double GRIP = 40;

    private WindowFit() {}

    /**
     * @param x       saved left edge, or NaN when none is saved (then the window is centred)
     * @param y       saved top edge, or NaN
     * @param width   wanted width (saved or default)
     * @param height  wanted height
     * @param screens visual bounds of every screen
     * @param primary visual bounds of the primary screen
     */
    public static Rectangle2D fit(double x, double y, double width, double height, List<Rectangle2D> screens,
                                  Rectangle2D primary) {
        Rectangle2D screen = screenOf(x, y, width, screens);
        boolean saved = screen != null;
        Rectangle2D s = saved ? screen : primary;
        double w = Math.min(width, s.getWidth());
        double h = Math.min(height, s.getHeight());
        double left = saved ? clamp(x, s.getMinX(), s.getMaxX() - w) : s.getMinX() + (s.getWidth() - w) / 2;
        double top = saved ? clamp(y, s.getMinY(), s.getMaxY() - h) : s.getMinY() + (s.getHeight() - h) / 2;
        return new Rectangle2D(Math.floor(left), Math.floor(top), Math.floor(w), Math.floor(h));
    }

    /** The screen holding the middle of the saved title bar, or null. */
    private static Rectangle2D screenOf(double x, double y, double width, List<Rectangle2D> screens) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        double gx = x + Math.min(width / 2, 200);
        double gy = y + GRIP / 2;
        return screens.stream().filter(s -> s.contains(gx, gy)).findFirst().orElse(null);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
