package org.romaexplorer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;

/**
 * Up to {@link #MAX} pinned designs, in pinning order; the first is the baseline the headline deltas are
 * measured against. Immutable: every change returns a new list. Names are unique.
 */
public record Pins(List<Pin> list) {
    public static final int MAX = 4;
    public static final Pins NONE = new Pins(List.of());

    public Pins {
        list = List.copyOf(list);
        if (list.size() > MAX) {
            throw new InvalidParameterException("pins", "at most " + MAX + " designs can be pinned");
        }
    }

    public boolean full() { return list.size() == MAX; }

    public int size() { return list.size(); }

    public Pin get(int i) { return list.get(i); }

    /** The design deltas are measured against: the first pin, if any. */
    public Optional<Pin> baseline() {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Adds {@code design} under a fresh letter name ("A", "B", …) and the first free colour slot. */
    public Pins with(DesignPoint design) {
        if (full()) {
            throw new InvalidParameterException("pins", "at most " + MAX + " designs can be pinned; remove one first");
        }
        int slot = freeSlot();
        List<Pin> out = new ArrayList<>(list);
        out.add(Pin.of(freshName(slot), slot, design));
        return new Pins(out);
    }

    /** Renames pin {@code i}; an empty or taken name is rejected with a message naming the field. */
    public Pins renamed(int i, String name) {
        String n = name == null ? "" : name.strip();
        for (int j = 0; j < list.size(); j++) {
            if (j != i && list.get(j).name().equals(n)) {
                throw new InvalidParameterException("pin name", "'" + n + "' is already used");
            }
        }
        List<Pin> out = new ArrayList<>(list);
        out.set(i, list.get(i).renamed(n));
        return new Pins(out);
    }

    public Pins without(int i) {
        List<Pin> out = new ArrayList<>(list);
        out.remove(i);
        return new Pins(out);
    }

    /** Moves pin {@code i} to the front, making it the baseline. */
    public Pins baseline(int i) {
        List<Pin> out = new ArrayList<>(list);
        out.add(0, out.remove(i));
        return new Pins(out);
    }

    private int freeSlot() {
        for (int s = 0; s < MAX; s++) {
            int slot = s;
            if (list.stream().noneMatch(p -> p.slot() == slot)) {
                return s;
            }
        }
        throw new IllegalStateException("no free slot");
    }

    private String freshName(int slot) {
        String n = String.valueOf((char) ('A' + slot));
        while (taken(n)) {
            n = n + "'";
        }
        return n;
    }

    private boolean taken(String n) {
        return list.stream().anyMatch(p -> p.name().equals(n));
    }
}
