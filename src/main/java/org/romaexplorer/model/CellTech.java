package org.romaexplorer.model;

/**
 * Constants of the weight cells and KV stores beyond the paper's four designs (docs/model.md, "Weight cells",
 * "KV store"), at the 7 nm reference node like the rest of {@link Technology}. Values and sources are in
 * {@link Constants}.
 *
 * @param logicRomUm2PerOne  area of one 1 bit of a weight ROM synthesized as standard-cell logic, µm² ({@link WeightCell#TERNARY_LOGIC})
 * @param ciromToSram        area per stored bit of a two-trits-per-transistor compute-in-ROM array over the SRAM macro's ({@link WeightCell#CIROM2T})
 * @param ciromPeriphery     share of a compute-in-ROM macro's area that is periphery (its compute), [0, 0.9]
 * @param edramReadToSram    eDRAM read energy per bit over SRAM's
 * @param edramRefreshPj     energy to refresh one eDRAM bit once, pJ
 * @param edramRetentionUs   eDRAM retention time, the refresh period, µs
 */
public record CellTech(double logicRomUm2PerOne, double ciromToSram, double ciromPeriphery, double edramReadToSram,
                       double edramRefreshPj, double edramRetentionUs) {
    public CellTech {
        Constants.LOGIC_ROM_PER_ONE.check(logicRomUm2PerOne);
        Constants.CIROM_TO_SRAM.check(ciromToSram);
        Constants.CIROM_PERIPHERY.check(ciromPeriphery);
        Constants.EDRAM_READ_TO_SRAM.check(edramReadToSram);
        Constants.EDRAM_REFRESH.check(edramRefreshPj);
        Constants.EDRAM_RETENTION.check(edramRetentionUs);
    }

    /** The values of {@link Constants}. */
    public static CellTech defaults() {
        return new CellTech(Constants.LOGIC_ROM_PER_ONE.value(), Constants.CIROM_TO_SRAM.value(),
                Constants.CIROM_PERIPHERY.value(), Constants.EDRAM_READ_TO_SRAM.value(), Constants.EDRAM_REFRESH.value(),
                Constants.EDRAM_RETENTION.value());
    }
}
