package org.romaexplorer.model;

/**
 * Where the LoRA adapters and the KV cache live on chip (the H-units' memory): SRAM as in ROMA, or a
 * logic-compatible eDRAM, denser at older nodes and refreshed instead of leaking (docs/model.md, "KV store").
 * KV that outgrows it spills off chip as before ({@link KvPolicy}).
 */
public enum KvStore {
    SRAM("sram"), EDRAM("edram");

    private final String key;

    KvStore(String key) {
        this.key = key;
    }

    public String key() { return key; }

    static String[] keys() {
        return new String[] {SRAM.key, EDRAM.key};
    }
}
