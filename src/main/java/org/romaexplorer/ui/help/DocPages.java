package org.romaexplorer.ui.help;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Help finds a documentation page given by its path in the repository ("docs/model.md"): under the
 * working directory (a run from the repository), else beside the app's jar (the app image ships README.md,
 * CHANGELOG.md, docs/ and assets/ in {@code lib/app}, docs/packaging.md). Before, Help opened the path
 * relative to the working directory only, which the installed app never has.
 */
public final class DocPages {
    private DocPages() {}

    /** The page under the first of {@code bases} that has it. */
    static Optional<Path> find(String page, List<Path> bases) {
        return bases.stream().map(b -> b.resolve(page)).filter(Files::isRegularFile).findFirst()
                .map(p -> p.toAbsolutePath().normalize());
    }

    /** The page under the working directory or beside the app's jar. */
    public static Optional<Path> find(String page) {
        List<Path> bases = new ArrayList<>(List.of(Path.of("")));
        try {
            Path jar = Path.of(DocPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            bases.add(Files.isDirectory(jar) ? jar : jar.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the working directory only
        }
        return find(page, bases);
    }
}
