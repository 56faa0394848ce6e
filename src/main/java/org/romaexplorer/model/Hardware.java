package org.romaexplorer.model;

/**
 * The chip (paper Sec. III-A, Table I): a 17×16 array of 16 rows of matrix units (two 8×16 arrays, each
 * unit an SRAM H-unit beside a ROM L-unit) around one row of 16 vector units, with its capacities and
 * per-unit throughputs. SI units: hertz, bytes, per-cycle rates.
 *
 * @param clockHz                    clock, Hz
 * @param matrixRows                 rows of matrix units (paper: 16)
 * @param columns                    columns (paper: 16); also the number of vector units
 * @param romBytes                   B-ROM capacity, bytes (at least 1; {@link Memory#ROM})
 * @param sramBytes                  SRAM for LoRA weights and KV cache in the H-units, bytes (at least 1)
 * @param intermediateSramBytes      SRAM for intermediate data in the vector units, bytes (at least 1)
 * @param lUnitBitsPerCycle          ROM weight bits one L-unit reads and consumes per cycle
 * @param hUnitMacsPerCycle          FP16 multiply-accumulates one H-unit performs per cycle
 * @param vectorCyclesPerElement     vector-unit cycles per hidden-state element per layer
 * @param prefillAttentionOverlap    fraction of prefill attention hidden behind weight streaming, [0, 1]
 * @param weightCell                 the cell the base-model weights are stored in (ROMA: {@link WeightCell#FUSED})
 * @param kvStore                    the memory of the LoRA adapters and KV cache (ROMA: {@link KvStore#SRAM})
 * @param lUnitRows                  R, activation rows an L-unit multiplies each weight it reads by in one cycle
 *                                   (paper: 1, a matrix-vector unit); B sequences need ⌈B/R⌉ passes ({@link Serving})
 */
public record Hardware(double clockHz, int matrixRows, int columns, long romBytes, long sramBytes,
                       long intermediateSramBytes, double lUnitBitsPerCycle, double hUnitMacsPerCycle,
                       double vectorCyclesPerElement, double prefillAttentionOverlap, WeightCell weightCell,
                       KvStore kvStore, int lUnitRows) {

    /** ROMA's fused-cell L-units and SRAM H-units. */
    public Hardware(double clockHz, int matrixRows, int columns, long romBytes, long sramBytes, long intermediateSramBytes,
                    double lUnitBitsPerCycle, double hUnitMacsPerCycle, double vectorCyclesPerElement,
                    double prefillAttentionOverlap) {
        this(clockHz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes, lUnitBitsPerCycle,
                hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, WeightCell.FUSED, KvStore.SRAM, 1);
    }

    /** A chip with matrix-vector L-units (one activation row, the paper's). */
    public Hardware(double clockHz, int matrixRows, int columns, long romBytes, long sramBytes, long intermediateSramBytes,
                    double lUnitBitsPerCycle, double hUnitMacsPerCycle, double vectorCyclesPerElement,
                    double prefillAttentionOverlap, WeightCell weightCell, KvStore kvStore) {
        this(clockHz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes, lUnitBitsPerCycle,
                hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, kvStore, 1);
    }

    public Hardware {
        if (weightCell == null || kvStore == null) {
            throw new InvalidParameterException("weight_cell", "a weight cell and a KV store must be given");
        }
        Knobs.CLOCK_MHZ.check(clockHz / 1e6);
        Knobs.MATRIX_ROWS.check(matrixRows);
        Knobs.COLUMNS.check(columns);
        Memory.ROM.check(romBytes);
        Memory.SRAM.check(sramBytes);
        Memory.INTERMEDIATE_SRAM.check(intermediateSramBytes);
        Constants.L_UNIT_BITS_PER_CYCLE.check(lUnitBitsPerCycle);
        Constants.H_UNIT_MACS_PER_CYCLE.check(hUnitMacsPerCycle);
        Constants.VECTOR_CYCLES_PER_ELEMENT.check(vectorCyclesPerElement);
        Constants.PREFILL_ATTENTION_OVERLAP.check(prefillAttentionOverlap);
        Knobs.L_UNIT_ROWS.check(lUnitRows);
    }

    /** ROMA as published (Table I) with the calibrated throughputs of {@link Constants}. */
    public static Hardware roma() {
        return new Hardware(Knobs.CLOCK_MHZ.value() * 1e6, (int) Knobs.MATRIX_ROWS.value(), (int) Knobs.COLUMNS.value(),
                Memory.ROM.bytes(Knobs.ROM_GIB.value()), Memory.SRAM.bytes(Knobs.SRAM_MB.value()),
                Memory.INTERMEDIATE_SRAM.bytes(Knobs.INTERMEDIATE_SRAM_MB.value()),
                Constants.L_UNIT_BITS_PER_CYCLE.value(), Constants.H_UNIT_MACS_PER_CYCLE.value(),
                Constants.VECTOR_CYCLES_PER_ELEMENT.value(), Constants.PREFILL_ATTENTION_OVERLAP.value(), WeightCell.FUSED,
                KvStore.SRAM, (int) Knobs.L_UNIT_ROWS.value());
    }

    /** Matrix units, each one L-unit and one H-unit (paper: 2 × 8 × 16 = 256). */
    public int matrixUnits() { return matrixRows * columns; }

    /** Vector units: one row across the array. */
    public int vectorUnits() { return columns; }

    /** Units high: the matrix-unit rows plus the row of vector units (paper: 17). */
    public int arrayRows() { return matrixRows + 1; }

    /** B-ROM bytes in one L-unit (paper: 1.86 GiB / 256 ≈ 7.4 MiB). */
    public long romBytesPerUnit() { return romBytes / matrixUnits(); }

    /** LoRA + KV SRAM bytes in one H-unit (paper: 288 MiB / 256 = 1.125 MiB). */
    public long sramBytesPerUnit() { return sramBytes / matrixUnits(); }

    /** Intermediate SRAM bytes in one vector unit (paper: 16 MiB / 16 = 1 MiB). */
    public long intermediateSramBytesPerUnit() { return intermediateSramBytes / vectorUnits(); }

    public Hardware withClockHz(double hz) {
        return new Hardware(hz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, kvStore, lUnitRows);
    }

    public Hardware withSramBytes(long bytes) {
        return new Hardware(clockHz, matrixRows, columns, romBytes, bytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, kvStore, lUnitRows);
    }

    public Hardware withArray(int rows, int cols) {
        return new Hardware(clockHz, rows, cols, romBytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, kvStore, lUnitRows);
    }

    public Hardware withPrefillOverlap(double overlap) {
        return new Hardware(clockHz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, overlap, weightCell, kvStore, lUnitRows);
    }

    public Hardware withWeightCell(WeightCell c) {
        return new Hardware(clockHz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, c, kvStore, lUnitRows);
    }

    public Hardware withKvStore(KvStore k) {
        return new Hardware(clockHz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, k, lUnitRows);
    }

    public Hardware withLUnitRows(int rows) {
        return new Hardware(clockHz, matrixRows, columns, romBytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, kvStore, rows);
    }

    public Hardware withRomBytes(long bytes) {
        return new Hardware(clockHz, matrixRows, columns, bytes, sramBytes, intermediateSramBytes,
                lUnitBitsPerCycle, hUnitMacsPerCycle, vectorCyclesPerElement, prefillAttentionOverlap, weightCell, kvStore, lUnitRows);
    }
}
