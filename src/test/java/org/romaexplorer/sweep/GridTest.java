package org.romaexplorer.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;

class GridTest {
    private final Grid grid = Grid.of(Axis.of(Knobs.SRAM_MB, 64, 128, 256), Axis.of(Knobs.LORA_RANK, 8, 16),
            Axis.of(Knobs.KV_BITS, 4, 8, 16, 32));

    @Test
    void sizeIsTheProductOfTheAxes() {
        assertThat(grid.size()).isEqualTo(24);
        assertThat(Grid.of().size()).isEqualTo(1);
    }

    @Test
    void lastAxisVariesFastest() {
        assertThat(grid.values(0)).containsExactly(64, 8, 4);
        assertThat(grid.values(1)).containsExactly(64, 8, 8);
        assertThat(grid.values(4)).containsExactly(64, 16, 4);
        assertThat(grid.values(23)).containsExactly(256, 16, 32);
    }

    @Test
    void indexAndDigitsAreInverse() {
        int[] digits = new int[3];
        for (long i = 0; i < grid.size(); i++) {
            grid.digits(i, digits);
            assertThat(grid.index(digits)).isEqualTo(i);
        }
    }

    @Test
    void cursorWalksTheSamePointsAsRandomAccess() {
        DesignPoint base = Models.llama3b();
        GridCursor c = grid.cursor(base, 5);
        List<Long> seen = new ArrayList<>();
        do {
            double[] v = grid.values(c.index());
            assertThat(c.values()).containsExactly(v);
            assertThat(c.point()).isEqualTo(Knobs.KV_BITS.set(Knobs.LORA_RANK.set(Knobs.SRAM_MB.set(base, v[0]), v[1]), v[2]));
            seen.add(c.index());
        } while (c.next());
        assertThat(seen).hasSize(19).startsWith(5L).endsWith(23L);
    }

    @Test
    void aGridTooLargeForALongIsRejected() {
        List<Axis> axes = new ArrayList<>();
        for (Param k : new Param[] {Knobs.SRAM_MB, Knobs.INPUT_LEN, Knobs.KV_LEN, Knobs.OUTPUT_LEN}) {
            axes.add(new Axis(k, java.util.stream.IntStream.rangeClosed(1, 60_000).asDoubleStream().toArray()));
        }
        assertThatThrownBy(() -> new Grid(axes)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("too many points");
    }

    @Test
    void aKnobMayBeVariedOnlyOnce() {
        assertThatThrownBy(() -> Grid.of(Axis.of(Knobs.KV_BITS, 4), Axis.of(Knobs.KV_BITS, 8)))
                .hasMessage("--vary kv_bits: given more than once");
    }

    @Test
    void valuesTheParameterRejectsFailBeforeTheSweep() {
        assertThatThrownBy(() -> Grid.of(Axis.of(Knobs.KV_BITS, 4, 5))).hasMessageStartingWith("--vary kv_bits: must be one of");
    }

    @Test
    void outOfRangeIndexIsRejected() {
        assertThatThrownBy(() -> grid.values(24)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
