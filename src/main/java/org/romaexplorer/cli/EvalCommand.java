package org.romaexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Knob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: one design point's metrics. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a preset, optionally with parameters changed by --set key=value.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME|FILE",
            description = "Bundled preset (llama3.2-3b-int4, llama3-8b-int2, olmoe-1b-7b-int2, bitnet-2b4t-ternary) or a preset JSON file.")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Change a parameter; keys: sram_mb, lora_rank, base_bits, kv_bits, lora_bits, "
                    + "clock_mhz, input_len, kv_len, output_len, rom_gib, matrix_rows, columns, "
                    + "kv_overflow (reject|spill|evict), dram_mb_per_s, dram_pj_per_bit, "
                    + "weight_packing (integer|ternary2|ternary5), zero_fraction.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DesignPoint p = apply(PresetIo.load(preset), settings);
        Map<String, Object> out = Evaluator.evaluate(p).asMap();
        spec.commandLine().getOut().println(json ? Json.of(out) : Table.keyValues(out));
        return 0;
    }

    /** Applies {@code key=value} settings in order; the first bad one fails naming its key. */
    static DesignPoint apply(DesignPoint p, List<String> settings) {
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new InvalidParameterException("--set", "expected key=value, got '" + s + "'");
            }
            Knob k = Knob.of(s.substring(0, eq));
            p = k.set(p, k.parse(s.substring(eq + 1)));
        }
        return p;
    }
}
