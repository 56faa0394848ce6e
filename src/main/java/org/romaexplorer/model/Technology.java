package org.romaexplorer.model;

import static org.romaexplorer.model.Constants.*;

/**
 * Process and circuit constants of the area and power model: the process node, and ROMA's TSMC 7 nm values,
 * which the node scales ({@link ProcessNode}: cells by the SRAM cell's ratio, logic by the density ratio, energies
 * and leakage by the energy ratio; all exactly 1 at 7 nm). Values and sources are in {@link Constants}; this
 * record lets a design point vary them. Ranges keep every output finite: the energies are positive (power is a
 * divisor of tokens per joule), the ratios in their physical range.
 *
 * @param node               the process node
 *
 * @param sramCellUm2        SRAM bit-cell area, µm²
 * @param romToSramCell      ROM bit cell / SRAM bit cell
 * @param macroEfficiency    bit-cell area / memory-macro area
 * @param bromWordBits       B-ROM word width W, bits
 * @param numCgen            CGen transistors per block of four addresses
 * @param bromMetalDemand    B-ROM metal-layer area / standard-ROM macro area
 * @param computeMetalDemand compute macro metal-layer area / its base-layer area, at most 1 (compute is
 *                           sparse in the metal layers, Sec. III-D)
 * @param fp16MacUm2         area of one FP16 MAC, µm²
 * @param lLaneUm2           L-unit compute area per weight bit per cycle, µm²
 * @param vectorLogicMm2     logic area of one vector unit, mm²
 * @param areaUtilization    share of the die the modelled arrays and logic fill (calibrated; the rest is routing,
 *                           clock, control, network and I/O, which the paper does not break down)
 * @param sramReadFj         SRAM read energy, fJ/bit
 * @param fp16MacPj          FP16 MAC energy, pJ
 * @param lLaneFj            L-unit compute energy per weight bit, fJ
 * @param vectorPjPerCycle   vector-unit energy per cycle, pJ
 * @param energyScale        calibrated factor on all dynamic energies
 * @param sramLeakPw         SRAM leakage per bit, pW (not scaled: leakage is static, see {@link ChipPower})
 * @param romLeakToSram      standard-ROM leakage per bit / SRAM leakage per bit
 * @param sramReadExponent   γ in SRAM read energy ∝ (H-unit SRAM capacity / paper's)^γ
 * @param cells              the newer weight cells' and the eDRAM's constants
 */
public record Technology(ProcessNode node, double sramCellUm2, double romToSramCell, double macroEfficiency, int bromWordBits,
                         int numCgen, double bromMetalDemand, double computeMetalDemand, double fp16MacUm2,
                         double lLaneUm2, double vectorLogicMm2, double areaUtilization, double sramReadFj,
                         double fp16MacPj, double lLaneFj, double vectorPjPerCycle, double energyScale,
                         double sramLeakPw, double romLeakToSram, double sramReadExponent, CellTech cells) {

    public Technology {
        if (node == null || cells == null) {
            throw new InvalidParameterException("node_nm", "a node and the cells' constants must be given");
        }
        SRAM_CELL.check(sramCellUm2);
        ROM_TO_SRAM_CELL.check(romToSramCell);
        MACRO_EFFICIENCY.check(macroEfficiency);
        BROM_WORD_BITS.check(bromWordBits);
        NUM_CGEN.check(numCgen);
        BROM_METAL_DEMAND.check(bromMetalDemand);
        COMPUTE_METAL_DEMAND.check(computeMetalDemand);
        FP16_MAC_AREA.check(fp16MacUm2);
        L_LANE_AREA.check(lLaneUm2);
        VECTOR_LOGIC_AREA.check(vectorLogicMm2);
        AREA_UTILIZATION.check(areaUtilization);
        SRAM_READ_ENERGY.check(sramReadFj);
        FP16_MAC_ENERGY.check(fp16MacPj);
        L_LANE_ENERGY.check(lLaneFj);
        VECTOR_ENERGY.check(vectorPjPerCycle);
        ENERGY_SCALE.check(energyScale);
        SRAM_LEAKAGE.check(sramLeakPw);
        ROM_LEAK_TO_SRAM.check(romLeakToSram);
        SRAM_READ_EXPONENT.check(sramReadExponent);
    }

    /** TSMC 7 nm class values of {@link Constants}. */
    public static Technology n7() {
        return new Technology(ProcessNode.N7, SRAM_CELL.value(), ROM_TO_SRAM_CELL.value(), MACRO_EFFICIENCY.value(),
                (int) BROM_WORD_BITS.value(), (int) NUM_CGEN.value(), BROM_METAL_DEMAND.value(),
                COMPUTE_METAL_DEMAND.value(), FP16_MAC_AREA.value(), L_LANE_AREA.value(),
                VECTOR_LOGIC_AREA.value(), AREA_UTILIZATION.value(), SRAM_READ_ENERGY.value(),
                FP16_MAC_ENERGY.value(), L_LANE_ENERGY.value(), VECTOR_ENERGY.value(), ENERGY_SCALE.value(),
                SRAM_LEAKAGE.value(), ROM_LEAK_TO_SRAM.value(), SRAM_READ_EXPONENT.value(), CellTech.defaults());
    }

    /** B-ROM / standard-ROM transistors: (D/4)(W + NUM_CGEN) / (D·W) = (W + NUM_CGEN) / 4W (Sec. III-C). */
    public double bromTransistorRatio() {
        return (bromWordBits + numCgen) / (4.0 * bromWordBits);
    }

    /** The same constants at another node. */
    public Technology withNode(ProcessNode n) {
        return new Technology(n, sramCellUm2, romToSramCell, macroEfficiency, bromWordBits, numCgen, bromMetalDemand,
                computeMetalDemand, fp16MacUm2, lLaneUm2, vectorLogicMm2, areaUtilization, sramReadFj, fp16MacPj,
                lLaneFj, vectorPjPerCycle, energyScale, sramLeakPw, romLeakToSram, sramReadExponent, cells);
    }

    public Technology withCells(CellTech c) {
        return new Technology(node, sramCellUm2, romToSramCell, macroEfficiency, bromWordBits, numCgen, bromMetalDemand,
                computeMetalDemand, fp16MacUm2, lLaneUm2, vectorLogicMm2, areaUtilization, sramReadFj, fp16MacPj,
                lLaneFj, vectorPjPerCycle, energyScale, sramLeakPw, romLeakToSram, sramReadExponent, c);
    }

    /** The calibrated quantities replaced: area utilization, energy scale, B-ROM metal demand. */
    public Technology withScales(double utilization, double energy, double metal) {
        return new Technology(node, sramCellUm2, romToSramCell, macroEfficiency, bromWordBits, numCgen, metal,
                computeMetalDemand, fp16MacUm2, lLaneUm2, vectorLogicMm2, utilization, sramReadFj, fp16MacPj,
                lLaneFj, vectorPjPerCycle, energy, sramLeakPw, romLeakToSram, sramReadExponent, cells);
    }
}
