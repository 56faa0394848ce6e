package org.romaexplorer.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Help finds a documentation page given by its path in the repository ("docs/model.md"): under the
 * working directory (a run from the repository), else beside the app's jar (the app image ships README.md,
 * CHANGELOG.md, docs/ and assets/ in {@code lib/app}, docs/packaging.md), else in the jar itself, which bundles
 * every page ({@code /docs/*.md}, and {@code /help/README.md}, {@code /help/CHANGELOG.md}): a bare
 * {@code java -jar roma-dse.jar} has nothing beside it, so the page is copied out of the jar into a folder of
 * its own for the viewer to open.
 */
public final class DocPages {
    private static Path extracted;

    private DocPages() {}

    /** The page under the first of {@code bases} that has it, else the jar's copy of it. */
    public static Optional<Path> find(String page, List<Path> bases) {
        Optional<Path> onDisk = bases.stream().map(b -> b.resolve(page)).filter(Files::isRegularFile).findFirst()
                .map(p -> p.toAbsolutePath().normalize());
        return onDisk.isPresent() ? onDisk : bundled(page);
    }

    /** The page under the working directory, beside the app's jar, or in the jar. */
    public static Optional<Path> find(String page) {
        return find(page, bases());
    }

    /** The working directory, then the folder of the app's jar. */
    public static List<Path> bases() {
        List<Path> bases = new ArrayList<>(List.of(Path.of("")));
        try {
            Path jar = Path.of(DocPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            bases.add(Files.isDirectory(jar) ? jar : jar.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (an unusual class loader): the working directory only
        }
        return bases;
    }

    /** Where the jar keeps {@code page}: docs/… as it is, a top-level page under /help/. */
    static String resource(String page) {
        return page.startsWith("docs/") ? "/" + page : "/help/" + page;
    }

    /** The jar's copy of {@code page}, copied out once per run (its folder keeps the repository's layout). */
    static synchronized Optional<Path> bundled(String page) {
        if (page.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = DocPages.class.getResourceAsStream(resource(page))) {
            if (in == null) {
                return Optional.empty();
            }
            if (extracted == null) {
                extracted = Files.createTempDirectory("roma-explorer-help");
                extracted.toFile().deleteOnExit();
            }
            Path out = extracted.resolve(page);
            Files.createDirectories(out.getParent());
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            out.toFile().deleteOnExit();
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
