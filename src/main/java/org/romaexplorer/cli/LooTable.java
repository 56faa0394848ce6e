package org.romaexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.romaexplorer.io.AtomicFile;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.report.LeaveOneOut;

/** {@code report --loo [--update-doc FILE]}: prints the leave-one-out table, optionally writes it into a doc. */
final class LooTable {
    private LooTable() {}

    static int print(PrintWriter out, Path doc) throws IOException {
        String table = LeaveOneOut.markdown(LeaveOneOut.run());
        out.print(table);
        out.flush();
        if (doc != null) {
            String text;
            try {
                text = LeaveOneOut.replaceTable(Files.readString(doc, StandardCharsets.UTF_8), table);
            } catch (IllegalArgumentException | IOException e) {
                throw new InvalidParameterException("--update-doc", doc + ": " + e.getMessage());
            }
            AtomicFile.write("--update-doc", doc, w -> w.write(text));
            out.println("updated " + doc);
        }
        return 0;
    }
}
