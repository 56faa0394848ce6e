package org.romaexplorer.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The undo stacks alone, with strings for states. */
class DesignHistoryTest {

    @Test
    void undoReturnsThePreviousStateAndRedoTheOneUndone() {
        DesignHistory<String> h = new DesignHistory<>();
        h.record("a"); // a → b
        h.record("b"); // b → c
        assertThat(h.undo("c")).contains("b");
        assertThat(h.undo("b")).contains("a");
        assertThat(h.undo("a")).isEmpty();
        assertThat(h.redo("a")).contains("b");
        assertThat(h.redo("b")).contains("c");
        assertThat(h.redo("c")).isEmpty();
    }

    @Test
    void aNewChangeAfterUndoForgetsTheRedoSteps() {
        DesignHistory<String> h = new DesignHistory<>();
        h.record("a");
        h.undo("b");
        h.record("a");
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void aGroupOfChangesUndoesAsOneStep() {
        DesignHistory<String> h = new DesignHistory<>();
        h.beginGroup();
        for (String s : new String[] {"16", "17", "18", "19"}) {
            h.record(s);
        }
        h.endGroup();
        assertThat(h.undoSize()).isEqualTo(1);
        assertThat(h.undo("20")).contains("16");
    }

    @ParameterizedTest
    @CsvSource({"100, 50, 50", "100, 100, 100", "100, 150, 100", "1, 5, 1"})
    void keepsAtMostTheLimitDroppingTheOldest(int limit, int changes, int kept) {
        DesignHistory<Integer> h = new DesignHistory<>(limit);
        for (int i = 0; i < changes; i++) {
            h.record(i);
        }
        assertThat(h.undoSize()).isEqualTo(kept);
        Integer last = null;
        for (Integer s = changes; h.canUndo(); ) {
            s = last = h.undo(s).orElseThrow();
        }
        assertThat(last).isEqualTo(changes - kept);
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatThrownBy(() -> new DesignHistory<>(0)).hasMessageContaining("at least 1");
    }
}
