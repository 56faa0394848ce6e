package org.romaexplorer.figures;

import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Lines with a marker on every {@value #EVERY}th point only, shifted per series so markers of nearby lines
 * do not sit on top of each other: enough to tell lines apart in greyscale without hiding them.
 */
final class SparseShapes extends XYLineAndShapeRenderer {
    static final int EVERY = 5;

    SparseShapes() {
        super(true, true);
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        return Math.floorMod(item - 2 * series, EVERY) == 0;
    }
}
