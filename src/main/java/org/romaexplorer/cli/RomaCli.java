package org.romaexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the headless CLI: one sub-command per class. */
@Command(name = "roma-dse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analytic PPA model of ROMA, the ROM-based QLoRA accelerator.",
        subcommands = {ModelCommand.class, EvalCommand.class, ReportCommand.class, CompareAcceleratorsCommand.class,
                LunitCommand.class, BromCommand.class, SweepCommand.class, OptimizeCommand.class, BenchCommand.class,
                FiguresCommand.class,
                DesignReportCommand.class, SensitivityCommand.class, ParamsCommand.class, CostCommand.class})
public final class RomaCli {

    /** Exit code for bad input (arguments, files, values out of range). */
    public static final int BAD_INPUT = 2;

    /**
     * A command line whose errors print as one line on stderr and exit with {@link #BAD_INPUT}; the line goes
     * through {@link OneLine}, so no input (a key with a newline, a path with a control character) can break it.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RomaCli());
        cl.setParameterExceptionHandler((ex, args) -> fail(ex.getCommandLine().getErr(), ex.getMessage()));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof InvalidParameterException || ex instanceof IOException
                    || ex instanceof java.io.UncheckedIOException) {
                return fail(line.getErr(), ex instanceof IOException io ? IoProblem.of(io) : ex.getMessage());
            }
            throw ex;
        });
        return cl;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + OneLine.of(message));
        err.flush();
        return BAD_INPUT;
    }
}
