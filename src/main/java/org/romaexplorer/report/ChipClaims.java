package org.romaexplorer.report;

import static org.romaexplorer.model.WeightCell.BROM;
import static org.romaexplorer.model.WeightCell.FUSED;
import static org.romaexplorer.model.WeightCell.ROM;
import static org.romaexplorer.model.WeightCell.SRAM;
import static org.romaexplorer.report.ReportRow.Kind.LOWER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.UPPER_BOUND;
import static org.romaexplorer.report.ReportRow.Kind.VALUE;
import static org.romaexplorer.report.ReportRow.claim;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.romaexplorer.model.AreaPower;
import org.romaexplorer.model.WeightCell;
import org.romaexplorer.model.DesignPoint;

/**
 * The paper's worded statements about memory density, the B-ROM, the fused cell and the area and power
 * breakdown (Sec. I, II-C, III, IV-C, Figs. 2, 4, 5, 11, 12) as {@code claim} rows. "Significant" is
 * read as at least 20% (docs/paper-fit.md).
 */
final class ChipClaims {
    private ChipClaims() {}

    static List<ReportRow> rows(DesignPoint p) {
        AreaPower ap = new AreaPower(p.hw(), p.tech());
        return List.of(
            claim("claim-rom-denser", "ROM significantly denser than SRAM (≥ 1.2×), density ROM / SRAM "
                    + "(Sec. I and II-C, Fig. 2: 'ROM offers significantly higher memory density')", "fig2",
                    1.2, ap.memoryMm2PerBit(SRAM) / ap.memoryMm2PerBit(ROM), "×", LOWER_BOUND),
            claim("claim-rom-cell-third", "ROM bit cell approximately one-third of the SRAM bit cell "
                    + "(Sec. II-C: 'approximately one-third', TSMC 7nm memory compiler)", "fig2",
                    1.0 / 3, ap.memoryMm2PerBit(ROM) / ap.memoryMm2PerBit(SRAM), "ratio", VALUE),
            claim("claim-fused-smaller", "Fused cell smaller than B-ROM + compute macros, L-unit area ratio "
                    + "(Sec. III-D, Fig. 5: 'better area efficiency over macro-based one')", "fig12",
                    1, ap.lUnitAreaMm2(FUSED) / ap.lUnitAreaMm2(BROM), "ratio", UPPER_BOUND),
            claim("claim-lunit-largest-area", "L-unit the largest part of the chip area, L / max(H, vector) "
                    + "(Sec. III-A: 'it occupies the largest portion of chip area')", "fig11",
                    1, ap.lUnitAreaMm2(FUSED) / Math.max(ap.hUnitAreaMm2(), ap.vectorAreaMm2()), "ratio", LOWER_BOUND),
            claim("claim-lh-largest-area", "L-unit and H-unit the largest shares of area, min(L, H) / vector "
                    + "(Sec. IV-C, Fig. 11: 'account for the largest proportions')", "fig11",
                    1, Math.min(ap.lUnitAreaMm2(FUSED), ap.hUnitAreaMm2()) / ap.vectorAreaMm2(), "ratio", LOWER_BOUND),
            claim("claim-lh-largest-power", "L-unit and H-unit the largest shares of power, min(L, H) / vector "
                    + "(Sec. IV-C, Fig. 11, same sentence)", "fig11",
                    1, Math.min(ap.lUnitPowerW(FUSED), ap.hUnitPowerW()) / ap.vectorPowerW(), "ratio", LOWER_BOUND),
            claim("claim-rom-significant-area", "Standard ROM + compute significantly smaller than SRAM + compute "
                    + "(≤ 0.8×) (Sec. IV-C, Fig. 12: 'a significant reduction in both area and power')", "fig12",
                    0.8, ap.lUnitAreaMm2(ROM) / ap.lUnitAreaMm2(SRAM), "ratio", UPPER_BOUND),
            claim("claim-rom-significant-power", "Standard ROM + compute significantly cooler than SRAM + compute "
                    + "(≤ 0.8×) (Sec. IV-C, Fig. 12, same sentence)", "fig12",
                    0.8, ap.lUnitPowerW(ROM) / ap.lUnitPowerW(SRAM), "ratio", UPPER_BOUND),
            claim("claim-fig12-area-order", "L-unit area falls SRAM > ROM > B-ROM > fused, largest step ratio "
                    + "(Sec. IV-C: 'the overall area and power consumption are further optimized')", "fig12",
                    1, maxStep(ap::lUnitAreaMm2), "ratio", UPPER_BOUND),
            claim("claim-fig12-power-order", "L-unit power falls SRAM > ROM > B-ROM > fused, largest step ratio "
                    + "(Sec. IV-C, same sentence)", "fig12",
                    1, maxStep(ap::lUnitPowerW), "ratio", UPPER_BOUND));
    }

    /** Largest f(next design) / f(design) along Fig. 12's order. */
    private static double maxStep(ToDoubleFunction<WeightCell> f) {
        WeightCell[] order = {SRAM, ROM, BROM, FUSED};
        double max = 0;
        for (int i = 1; i < order.length; i++) {
            max = Math.max(max, f.applyAsDouble(order[i]) / f.applyAsDouble(order[i - 1]));
        }
        return max;
    }
}
