package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParetoTest {

    @Test
    void equalVectorsAreAllKept() {
        double[] v = {1, 2, 1, 2, 0, 5, 3, 3};
        assertThat(Pareto.front(v, 4, 2)).containsExactly(0, 1, 2);
    }

    @Test
    void aTieInOneCostStillDominatesWhenTheOtherIsBetter() {
        double[] v = {1, 2, 1, 3, 2, 2};
        assertThat(Pareto.front(v, 3, 2)).containsExactly(0);
    }

    @Test
    void negativeZeroEqualsZero() {
        double[] v = {-0.0, 1, 0.0, 1, 0.0, 0.5};
        assertThat(Pareto.front(v, 3, 2)).containsExactly(2);
    }

    @Test
    void rowsWithNaNAreNeverOnTheFront() {
        double[] v = {Double.NaN, 0, 5, 5};
        assertThat(Pareto.front(v, 2, 2)).containsExactly(1);
    }

    @Test
    void emptyInputHasAnEmptyFront() {
        assertThat(Pareto.front(new double[0], 0, 3)).isEmpty();
    }
}
