package org.romaexplorer.peers;

import java.util.List;
import java.util.Optional;

/** The designs of the field with a bundled preset and a report of their own (docs/peers.md). */
public final class Peers {
    /** TOM, BitROM and Taalas HC1, in the order of the Compare-accelerators view. */
    public static final List<PeerDesign> ALL = List.of(new Tom(), new BitRom(), new TaalasHc1());

    private Peers() {}

    /** The design whose bundled preset is {@code preset}, if any. */
    public static Optional<PeerDesign> of(String preset) {
        return ALL.stream().filter(d -> d.preset().equals(preset)).findFirst();
    }

    /** The bundled preset names, in order. */
    public static List<String> presets() {
        return ALL.stream().map(PeerDesign::preset).toList();
    }
}
