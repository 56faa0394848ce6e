package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.romaexplorer.lunit.AccuracyResult;
import org.romaexplorer.lunit.ActivationDistribution;
import org.romaexplorer.lunit.LUnitAccuracy;
import org.romaexplorer.lunit.LUnitConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lunit}: accuracy of the bit-accurate L-unit (ROMA Eq. 1) against exact dequantized dot products. */
@Command(name = "lunit", mixinStandardHelpOptions = true,
        description = "Measure L-unit (ROMA Sec. III-B, Eq. 1) accuracy: SNR and relative error vs exact dot products.")
public final class LunitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bits", paramLabel = "2|4", description = "Weight bits: 2 or 4.")
    Integer bits;

    @Option(names = "--align-bits", paramLabel = "N", description = "Aligned activation width incl. sign, 4..32.")
    Integer alignBits;

    @Option(names = "--acc-bits", paramLabel = "N", description = "Register width; default: lossless width.")
    Integer accBits;

    @Option(names = "--samples", paramLabel = "N", description = "Random groups to evaluate, 1..1000000.")
    Integer samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "RNG seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--distribution", paramLabel = "gaussian|outliers", defaultValue = "gaussian",
            description = "Activation distribution (default ${DEFAULT-VALUE}).")
    String distribution;

    @Option(names = "--group-size", paramLabel = "N", defaultValue = "128", description = "Group size (default ${DEFAULT-VALUE}).")
    int groupSize;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String[]> problem = firstProblem();
        if (problem.isPresent()) {
            return LabReport.usageError(err, problem.get()[0], problem.get()[1]);
        }
        int acc = accBits != null ? accBits : LUnitConfig.losslessAccBits(bits, alignBits, groupSize);
        ActivationDistribution dist = ActivationDistribution.fromCliName(distribution).orElseThrow();
        LUnitConfig config = new LUnitConfig(bits, alignBits, acc, groupSize);
        AccuracyResult r = LUnitAccuracy.measure(config, dist, samples, seed);
        report(config, dist, r).print(spec.commandLine().getOut(), json);
        return 0;
    }

    private LabReport report(LUnitConfig c, ActivationDistribution dist, AccuracyResult r) {
        return new LabReport().put("bits", c.weightBits()).put("align_bits", c.alignBits())
                .put("acc_bits", c.accBits()).put("group_size", c.groupSize()).put("samples", r.samples())
                .put("seed", seed).put("distribution", dist.cliName()).put("snr_db", r.snrDb())
                .put("max_rel_error", r.maxRelError()).put("mean_rel_error", r.meanRelError())
                .put("mean_abs_error", r.meanAbsError());
    }

    private Optional<String[]> firstProblem() {
        if (bits == null || (bits != 2 && bits != 4)) {
            return problem("bits", "must be 2 or 4, was " + bits);
        }
        if (alignBits == null || alignBits < LUnitConfig.MIN_ALIGN_BITS || alignBits > LUnitConfig.MAX_ALIGN_BITS) {
            return problem("align-bits", "must be in " + LUnitConfig.MIN_ALIGN_BITS + ".." + LUnitConfig.MAX_ALIGN_BITS + ", was " + alignBits);
        }
        if (accBits != null && (accBits < alignBits || accBits > LUnitConfig.MAX_ACC_BITS)) {
            return problem("acc-bits", "must be in align-bits(" + alignBits + ").." + LUnitConfig.MAX_ACC_BITS + ", was " + accBits);
        }
        if (samples == null || samples < 1 || samples > LUnitAccuracy.MAX_SAMPLES) {
            return problem("samples", "must be in 1.." + LUnitAccuracy.MAX_SAMPLES + ", was " + samples);
        }
        if (groupSize < 1 || groupSize > LUnitConfig.MAX_GROUP_SIZE) {
            return problem("group-size", "must be in 1.." + LUnitConfig.MAX_GROUP_SIZE + ", was " + groupSize);
        }
        if (ActivationDistribution.fromCliName(distribution).isEmpty()) {
            return problem("distribution", "must be gaussian or outliers, was " + distribution);
        }
        return Optional.empty();
    }

    private static Optional<String[]> problem(String field, String text) {
        return Optional.of(new String[] {field, text});
    }
}
