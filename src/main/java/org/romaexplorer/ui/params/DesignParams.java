package org.romaexplorer.ui.params;

import java.util.List;
import org.romaexplorer.model.Params;

/** The sliders and drop-downs of the parameters panel: every parameter of the registry that declares a slider. */
public final class DesignParams {
    private DesignParams() {}

    static List<ParamSpec> all() {
        return Params.sliders().stream().map(ParamSpec::of).toList();
    }
}
