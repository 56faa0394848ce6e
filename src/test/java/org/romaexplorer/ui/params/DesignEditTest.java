package org.romaexplorer.ui.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * A design whose outputs would not all be finite numbers never reaches the window: the model refuses it,
 * naming the first such output, and an edit the model refuses changes nothing and says why.
 */
class DesignEditTest {

    @ParameterizedTest(name = "ttft={0} decode={1} power={2} → {3}")
    @CsvSource(delimiter = '|', value = {
        "Infinity | 31800    | 33.1      | ttft_ms",
        "0.005    | NaN      | 33.1      | decode_tokens_per_s",
        "0.005    | 31800    | -Infinity | power_w",
    })
    void theModelRefusesNonFiniteOutputsNamingThem(double ttft, double decode, double power, String output) {
        assertThatThrownBy(() -> new Metrics(1, 1, true, 1, 1, 1, true, ttft, decode, 1, 1, power, 1))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo(output));
    }

    @Test
    void anEditTheModelRefusesChangesNothingAndSaysWhy() {
        ExplorerViewModel vm = new ExplorerViewModel();
        DesignPoint before = vm.design();
        assertThat(DesignEdit.apply(vm, () -> Knobs.ROM_GIB.set(vm.design(), 0), 1)).hasValueSatisfying(
                why -> assertThat(why).startsWith("must be from 1 byte to 32768 GiB"));
        assertThat(DesignEdit.apply(vm, () -> {
            throw new InvalidParameterException("power_w", "would be NaN: the design is outside the model's range");
        }, 1)).hasValue("would be NaN: the design is outside the model's range");
        assertThat(vm.design()).isSameAs(before);
        assertThat(DesignEdit.apply(vm, () -> Knobs.ROM_GIB.set(vm.design(), 4), 1)).isEmpty();
        assertThat(vm.design().hw().romBytes()).isEqualTo(4L << 30);
    }
}
