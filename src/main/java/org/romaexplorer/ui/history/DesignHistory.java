package org.romaexplorer.ui.history;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo stacks of states (plain Java, no JavaFX). The owner calls {@link #record} with the state
 * before each change; {@link #undo} and {@link #redo} take the current state and return the one to restore.
 * Between {@link #beginGroup()} and {@link #endGroup()} only the first change is recorded, so a slider drag
 * is one step. The oldest steps are dropped beyond {@link #limit()}.
 *
 * @param <T> an immutable snapshot of what a change replaces
 */
public final class DesignHistory<T> {
    public static final int DEFAULT_LIMIT = 200;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final int limit;
    private boolean grouping;
    private boolean groupRecorded;

    public DesignHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        this.limit = limit;
    }

    public DesignHistory() {
        this(DEFAULT_LIMIT);
    }

    /** Records {@code before}, the state a change just replaced; clears the redo stack. */
    public void record(T before) {
        if (grouping && groupRecorded) {
            return;
        }
        groupRecorded = grouping;
        undo.push(before);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state to go back to, if any; {@code current} becomes redoable. */
    public Optional<T> undo(T current) {
        return move(undo, redo, current);
    }

    /** The state to go forward to, if any; {@code current} becomes undoable. */
    public Optional<T> redo(T current) {
        return move(redo, undo, current);
    }

    private Optional<T> move(Deque<T> from, Deque<T> to, T current) {
        endGroup();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(current);
        return Optional.of(from.pop());
    }

    /** Starts a group of changes that undo as one step (e.g. a slider drag). */
    public void beginGroup() {
        grouping = true;
        groupRecorded = false;
    }

    public void endGroup() {
        grouping = false;
        groupRecorded = false;
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    public int undoSize() { return undo.size(); }

    public int limit() { return limit; }

    /** Forgets every step. */
    public void clear() {
        undo.clear();
        redo.clear();
        endGroup();
    }
}
