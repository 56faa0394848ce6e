package org.romaexplorer.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Params;

/** The bundled presets hold what the fit gives (to the five digits they are written with), from any start. */
class PeerFitTest {
    static List<PeerDesign> designs() { return Peers.ALL; }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void thePresetHoldsTheFit(PeerDesign d) {
        Map<String, Double> fit = PeerFit.fit(d);
        DesignPoint p = d.design();
        fit.forEach((key, value) -> assertThat(Params.of(key).get(p)).as(d.preset() + " " + key)
                .isCloseTo(value, within(Math.abs(value) * 1e-4)));
    }

    /** Starting the fitted parameters far from the fit (×1/3) changes nothing: the fit does not depend on the start. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void theFitDoesNotDependOnTheStart(PeerDesign d) {
        DesignPoint far = d.design();
        for (PeerDesign.Target t : d.targets()) {
            far = t.param().set(far, t.param().get(far) / 3);
        }
        Map<String, Double> fromFar = PeerFit.fit(d, far);
        PeerFit.fit(d).forEach((key, value) -> assertThat(fromFar.get(key)).isCloseTo(value, within(value * 1e-9)));
    }

    @Test
    void aNumberNoValueReachesIsOneLineNamingTheParameter() {
        PeerDesign.Target impossible = new PeerDesign.Target("x", Constants.L_UNIT_BITS_PER_CYCLE, p -> 1.0, 2.0);
        assertThatThrownBy(() -> PeerFit.solve(new Tom().design(), impossible))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("l_unit_bits_per_cycle");
    }
}
