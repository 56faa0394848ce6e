package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs one command in-process and captures its exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The number after {@code "key":} in a flat JSON object. */
    double number(String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"" + key + "\":(-?[0-9.Ee+-]+)").matcher(out);
        if (!m.find()) {
            throw new AssertionError("no numeric " + key + " in " + out);
        }
        return Double.parseDouble(m.group(1));
    }
}
