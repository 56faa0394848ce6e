package org.romaexplorer.ui.charts;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action once input has been quiet for {@code delay}: each {@link #trigger} restarts the wait, so a
 * slider drag computes once, when it pauses. A zero delay runs the action at once (tests). FX thread only.
 */
public final class Debouncer {
    private final Runnable action;
    private final PauseTransition pause;

    public Debouncer(Duration delay, Runnable action) {
        this.action = action;
        this.pause = delay.greaterThan(Duration.ZERO) ? new PauseTransition(delay) : null;
        if (pause != null) {
            pause.setOnFinished(e -> action.run());
        }
    }

    public void trigger() {
        if (pause == null) {
            action.run();
        } else {
            pause.playFromStart();
        }
    }
}
