package org.romaexplorer.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Params;
import org.romaexplorer.model.PowerBreakdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: one design point's metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a preset, optionally with parameters changed by --set key=value.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DesignOptions design;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DesignPoint p = design.design();
        Map<String, Object> out = Evaluator.evaluate(p).asMap();
        out.putAll(PowerBreakdown.peakW(p).asMap("power_w"));
        out.putAll(PowerBreakdown.perDecodeToken(p, p.workload().kvLen()).asMap("energy_per_token_j"));
        spec.commandLine().getOut().println(json ? Json.of(out) : Table.keyValues(out));
        return 0;
    }

    /** Applies {@code key=value} settings in order; the first bad one fails naming its key. */
    static DesignPoint apply(DesignPoint p, List<String> settings) {
        return apply(p, settings, "--set");
    }

    /** As {@link #apply(DesignPoint, List)}; a setting without '=' is reported under {@code option}. */
    static DesignPoint apply(DesignPoint p, List<String> settings, String option) {
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new InvalidParameterException(option, "expected key=value, got '" + s + "'");
            }
            Param k = Params.of(s.substring(0, eq));
            p = k.set(p, k.parse(s.substring(eq + 1)));
        }
        return p;
    }
}
